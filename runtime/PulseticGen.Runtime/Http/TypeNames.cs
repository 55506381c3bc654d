using System;
using System.Text;

namespace PulseticGen.Runtime
{
    internal static class TypeNames
    {
        /// <summary>C#-like names for messages: <c>IReadOnlyList&lt;Monitor&gt;</c> rather than <c>IReadOnlyList`1</c>.</summary>
        public static string Describe(Type type)
        {
            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                return Describe(underlying) + "?";
            }

            if (!type.IsGenericType)
            {
                return type.Name;
            }

            var name = new StringBuilder();
            int tick = type.Name.IndexOf('`');
            name.Append(tick < 0 ? type.Name : type.Name.Substring(0, tick)).Append('<');
            Type[] arguments = type.GetGenericArguments();
            for (int i = 0; i < arguments.Length; i++)
            {
                name.Append(i == 0 ? string.Empty : ", ").Append(Describe(arguments[i]));
            }

            return name.Append('>').ToString();
        }
    }
}
