namespace PulseticGen.Generator.Emitting
{
    internal static class GeneratorInfo
    {
        /// <summary>Written into [GeneratedCode]; kept in step with the package version.</summary>
        public const string Version = "0.1.0";
    }
}
