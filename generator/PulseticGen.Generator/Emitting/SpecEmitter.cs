using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Naming;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>Writes every file of one client: root, sub-clients, models, JSON metadata, endpoint catalog.</summary>
    internal static class SpecEmitter
    {
        public static IReadOnlyList<(string HintName, string Source)> Emit(SpecModel spec, bool withServiceRegistration = false)
        {
            var names = new TypeNames(spec);

            // Hint names are compared without regard to case, while C# type names are not: "V1" and "v1" are two
            // types but would be one file. They are all reserved here, in file order, so which of two clashing names
            // gets the suffix never depends on which thread finishes first.
            var hints = new NameScope(ignoreCase: true);
            string Hint(string part) => hints.Reserve(spec.HintPrefix + "." + part) + ".g.cs";

            ClientGroupModel? root = spec.Groups.FirstOrDefault(group => group.IsRoot);
            List<ClientGroupModel> groups = spec.Groups.Where(group => !group.IsRoot).ToList();
            var clientHints = new List<string> { Hint("Client") };
            clientHints.AddRange(groups.Select(group => Hint(group.ClassName)));
            var otherHints = spec.Types.Select(type => Hint("Models." + type.Name)).ToList();
            otherHints.Add(Hint("JsonContext"));
            otherHints.Add(Hint("Endpoints"));
            if (withServiceRegistration)
            {
                otherHints.Add(Hint("ServiceCollectionExtensions"));
            }

            // The clients are written here and everything after them on a second thread: the emitters share only the
            // model and the names, both read-only, and each half has its own builder and JSON names. On GitHub's spec
            // the halves take about the same time (42 and 50 ms).
            Task<List<string>> others = Task.Run(() => EmitModelsAndMetadata(spec, names, withServiceRegistration));
            List<string> clients = EmitClients(spec, names, root, groups);
            List<string> rest = others.GetAwaiter().GetResult();

            var files = new List<(string HintName, string Source)>(clients.Count + rest.Count);
            files.AddRange(clientHints.Zip(clients, (hint, source) => (hint, source)));
            files.AddRange(otherHints.Zip(rest, (hint, source) => (hint, source)));
            return files;
        }

        private static List<string> EmitClients(SpecModel spec, TypeNames names, ClientGroupModel? root, List<ClientGroupModel> groups)
        {
            // The files are written one after another into one builder.
            var buffer = new SourceBuffer();
            var clients = new ClientEmitter(spec, names, new JsonContextEmitter(spec, names), buffer);
            var sources = new List<string>(groups.Count + 1) { clients.EmitRoot(root) };
            sources.AddRange(groups.Select(clients.EmitGroup));
            return sources;
        }

        private static List<string> EmitModelsAndMetadata(SpecModel spec, TypeNames names, bool withServiceRegistration)
        {
            var buffer = new SourceBuffer();
            var sources = spec.Types.Select(type => ModelEmitter.Emit(spec, type, names, buffer)).ToList();
            sources.Add(new JsonContextEmitter(spec, names, buffer).Emit());
            sources.Add(EndpointCatalogEmitter.Emit(spec, buffer));
            if (withServiceRegistration)
            {
                sources.Add(ServiceRegistrationEmitter.Emit(spec, names));
            }

            return sources;
        }
    }
}
