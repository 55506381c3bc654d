using System.Collections.Generic;
using System.Linq;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Naming;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>Writes every file of one client: root, sub-clients, models, JSON metadata, endpoint catalog.</summary>
    internal static class SpecEmitter
    {
        public static IEnumerable<(string HintName, string Source)> Emit(SpecModel spec, bool withServiceRegistration = false)
        {
            var names = new TypeNames(spec);
            // The files are written one after another into one builder.
            var buffer = new SourceBuffer();
            var json = new JsonContextEmitter(spec, names, buffer);
            var clients = new ClientEmitter(spec, names, json, buffer);

            // Hint names are compared without regard to case, while C# type names are not: "V1" and "v1" are two
            // types but would be one file.
            var hints = new NameScope(ignoreCase: true);
            string Hint(string part) => hints.Reserve(spec.HintPrefix + "." + part) + ".g.cs";

            ClientGroupModel? root = spec.Groups.FirstOrDefault(group => group.IsRoot);
            yield return (Hint("Client"), clients.EmitRoot(root));
            foreach (ClientGroupModel group in spec.Groups.Where(group => !group.IsRoot))
            {
                yield return (Hint(group.ClassName), clients.EmitGroup(group));
            }

            foreach (TypeModel type in spec.Types)
            {
                yield return (Hint("Models." + type.Name), ModelEmitter.Emit(spec, type, names, buffer));
            }

            yield return (Hint("JsonContext"), json.Emit());
            yield return (Hint("Endpoints"), EndpointCatalogEmitter.Emit(spec, buffer));
            if (withServiceRegistration)
            {
                yield return (Hint("ServiceCollectionExtensions"), ServiceRegistrationEmitter.Emit(spec, names));
            }
        }
    }
}
