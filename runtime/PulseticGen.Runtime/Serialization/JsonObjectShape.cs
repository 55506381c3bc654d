using System.ComponentModel;
using System;

namespace PulseticGen.Runtime.Serialization
{
    /// <summary>How <see cref="JsonObjectConverter{T}"/> reads and writes one generated model.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonObjectShape<T>
        where T : class
    {
        /// <summary>Creates the shape.</summary>
        /// <param name="create">Creates an empty instance to fill.</param>
        /// <param name="properties">The property table, one handler per JSON property.</param>
        public JsonObjectShape(Func<T> create, JsonPropertyHandler<T>[] properties)
        {
            Create = create ?? throw new ArgumentNullException(nameof(create));
            Properties = properties ?? throw new ArgumentNullException(nameof(properties));
        }

        /// <summary>Creates an empty instance to fill.</summary>
        public Func<T> Create { get; }

        /// <summary>The property table, one handler per JSON property.</summary>
        public JsonPropertyHandler<T>[] Properties { get; }
    }
}
