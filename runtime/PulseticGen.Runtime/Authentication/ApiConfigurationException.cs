using System;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// The client is set up in a way that cannot work, for example an <see cref="ApiTokenProvider"/> returned an
    /// empty token or one containing a line break. The message never contains the token.
    /// </summary>
    public class ApiConfigurationException : InvalidOperationException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What is wrong and how to fix it. Must not contain secrets.</param>
        public ApiConfigurationException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with the failure that revealed the problem.</summary>
        /// <param name="message">What is wrong and how to fix it. Must not contain secrets.</param>
        /// <param name="innerException">The underlying failure.</param>
        public ApiConfigurationException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }
    }
}
