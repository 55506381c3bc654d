using System.Collections.Generic;
using System.Text;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>The signatures and XML docs of an operation's methods; signatures and parameter docs are spelled once and written in the interface and the class.</summary>
    internal sealed partial class ClientEmitter
    {
        /// <summary>A method's return type, name and parameter list, written as <c>{Returns} {Name}({Parameters})</c>.</summary>
        private readonly struct MethodSignature
        {
            public MethodSignature(string returns, string name, string parameters)
            {
                Returns = returns;
                Name = name;
                Parameters = parameters;
            }

            public string Returns { get; }

            public string Name { get; }

            public string Parameters { get; }
        }

        /// <summary>What the interface and the class both write for one operation.</summary>
        private sealed class OperationText
        {
            public OperationText(string endpoint, MethodSignature signature, MethodSignature? responseSignature, MethodSignature? pagingSignature, string requestParameters, string requestArguments)
            {
                Endpoint = endpoint;
                Signature = signature;
                ResponseSignature = responseSignature;
                PagingSignature = pagingSignature;
                RequestParameters = requestParameters;
                RequestArguments = requestArguments;
            }

            /// <summary>The operation's field in the endpoint catalog, qualified.</summary>
            public string Endpoint { get; }

            public MethodSignature Signature { get; }

            /// <summary>The <c>WithResponseAsync</c> sibling's signature; null when the operation has none.</summary>
            public MethodSignature? ResponseSignature { get; }

            /// <summary>The <c>…AllAsync</c> method's signature; null when the operation is not paged.</summary>
            public MethodSignature? PagingSignature { get; }

            /// <summary>The request method's parameter list (no defaults, no cancellation token) and the arguments that call it.</summary>
            public string RequestParameters { get; }

            public string RequestArguments { get; }
        }

        private List<OperationText> Describe(ClientGroupModel group)
        {
            var texts = new List<OperationText>(group.Operations.Count);
            var list = new StringBuilder();
            foreach (OperationModel operation in group.Operations)
            {
                texts.Add(Describe(operation, list));
            }

            return texts;
        }

        private OperationText Describe(OperationModel operation, StringBuilder list)
        {
            List<Declared> declared = DeclaredParameters(operation);
            string parameters = ParameterList(list, declared, withDefaults: true);
            bool sibling = HasResponseSibling(operation);
            return new OperationText(
                _names.Qualified(_spec.EndpointsClassName) + "." + operation.EndpointFieldName,
                Signature(operation, parameters),
                sibling ? ResponseSignature(operation, parameters) : null,
                operation.Pagination is { } pagination ? new MethodSignature(PagingReturns(pagination), pagination.MethodName, ParameterList(list, declared, withDefaults: true, pagination)) : null,
                sibling ? ParameterList(list, declared, withDefaults: false) : string.Empty,
                sibling ? ArgumentList(list, declared) : string.Empty);
        }

        private MethodSignature Signature(OperationModel operation, string parameters)
        {
            string returns = operation.ResultType is { } result ? $"{Task}<{_names.Of(result)}>" : Task;
            if (operation.ResultEncoding == ContentEncoding.Binary && operation.ResultType is not null)
            {
                returns = $"{Task}<{TypeNames.Runtime}.ApiFile>";
            }

            if (operation.ResultEncoding is ContentEncoding.EventStream or ContentEncoding.JsonLines && operation.ResultType is { } item)
            {
                returns = $"global::System.Collections.Generic.IAsyncEnumerable<{_names.Of(item)}>";
            }

            return new MethodSignature(returns, operation.MethodName, parameters);
        }

        /// <summary>Files and streams are read from the open response, so only whole bodies get an ApiResponse sibling.</summary>
        private static bool HasResponseSibling(OperationModel operation) =>
            operation.ResultType is null || operation.ResultEncoding is ContentEncoding.Json or ContentEncoding.Text;

        private MethodSignature ResponseSignature(OperationModel operation, string parameters)
        {
            string response = operation.ResultType is not { } result
                ? TypeNames.Runtime + ".ApiResponse"
                : $"{TypeNames.Runtime}.ApiResponse<{(operation.ResultEncoding == ContentEncoding.Text ? "string" : _names.Of(result))}>";
            return new MethodSignature($"{Task}<{response}>", operation.WithResponseMethodName, parameters);
        }

        /// <summary>A parameter as the signature declares it: its C# type (nullable when optional) and name.</summary>
        private readonly struct Declared
        {
            public Declared(string type, string name, bool isOptional)
            {
                Type = type;
                Name = name;
                IsOptional = isOptional;
            }

            public string Type { get; }

            public string Name { get; }

            public bool IsOptional { get; }
        }

        /// <summary>The operation's parameters in signature order: required ones, then the body if optional, then optional ones.</summary>
        private List<Declared> DeclaredParameters(OperationModel operation)
        {
            var declared = new List<Declared>(operation.Parameters.Count + 1);
            foreach (ParameterModel parameter in operation.Parameters)
            {
                if (parameter.IsRequired)
                {
                    declared.Add(new Declared(_names.Of(parameter.Type), parameter.CSharpName, isOptional: false));
                }
            }

            if (operation.Body is { } body)
            {
                declared.Add(new Declared(_names.Of(body.Type, nullable: !body.IsRequired), "body", !body.IsRequired));
            }

            foreach (ParameterModel parameter in operation.Parameters)
            {
                if (!parameter.IsRequired)
                {
                    declared.Add(new Declared(_names.Of(parameter.Type, nullable: true), parameter.CSharpName, isOptional: true));
                }
            }

            return declared;
        }

        /// <summary>
        /// <c>string owner, long? page = null, CancellationToken cancellationToken = default</c> for a public method; the
        /// request method's list has no defaults and no token. The paging method leaves out the parameters it drives.
        /// </summary>
        private static string ParameterList(StringBuilder list, List<Declared> declared, bool withDefaults, PaginationModel? paging = null)
        {
            list.Clear();
            foreach (Declared parameter in declared)
            {
                if (paging?.Drives(parameter.Name) == true)
                {
                    continue;
                }

                list.Append(list.Length == 0 ? string.Empty : ", ").Append(parameter.Type).Append(' ').Append(parameter.Name);
                if (withDefaults && parameter.IsOptional)
                {
                    list.Append(" = null");
                }
            }

            if (withDefaults)
            {
                list.Append(list.Length == 0 ? string.Empty : ", ").Append(CancellationToken).Append(" cancellationToken = default");
            }

            return list.ToString();
        }

        private static string ArgumentList(StringBuilder list, List<Declared> declared)
        {
            list.Clear();
            foreach (Declared parameter in declared)
            {
                list.Append(list.Length == 0 ? string.Empty : ", ").Append(parameter.Name);
            }

            return list.ToString();
        }

        private static void WriteDocs(SourceWriter writer, OperationModel operation)
        {
            writer.Doc("summary", operation.Summary ?? operation.OperationId);
            string request = $"<c>{operation.HttpMethod} {SourceWriter.EscapeXml(operation.PathTemplate)}</c> (operation <c>{SourceWriter.EscapeXml(operation.OperationId)}</c>).";
            if (string.IsNullOrWhiteSpace(operation.Description))
            {
                writer.Line($"/// <remarks>{request}</remarks>");
            }
            else
            {
                writer.Line("/// <remarks>");
                writer.Line($"/// <para>{request}</para>");
                IReadOnlyList<string> description = DocMarkdown.Lines(operation.Description!);
                if (description.Count == 1)
                {
                    writer.Line($"/// <para>{description[0]}</para>");
                }
                else
                {
                    foreach (string line in description)
                    {
                        writer.Line($"/// {line}");
                    }
                }

                writer.Line("/// </remarks>");
            }

            WriteParameterDocs(writer, operation);
            writer.Line(operation.ResultType is null
                ? "/// <returns>A task that completes when the API has accepted the request.</returns>"
                : operation.ResultEncoding is ContentEncoding.EventStream or ContentEncoding.JsonLines
                    ? "/// <returns>The events, in the order the server sends them, read while the caller enumerates; the request is sent on the first <c>MoveNextAsync</c>.</returns>"
                    : "/// <returns>The response body.</returns>");
            writer.Line($"/// <exception cref=\"{TypeNames.Runtime}.ApiException\">The API answered with an error status (see the subclasses), the response could not be read, or the request could not be sent.</exception>");
        }

        private static void WriteParameterDocs(SourceWriter writer, OperationModel operation)
        {
            foreach (ParameterModel parameter in operation.Parameters)
            {
                string where = parameter.Location switch
                {
                    ParameterLocation.Path => "path",
                    ParameterLocation.Header => "header",
                    ParameterLocation.Cookie => "cookie",
                    _ => "query",
                };
                string text = DocMarkdown.OneLine((parameter.Description ?? string.Empty).Trim());
                writer.Line($"/// <param name=\"{parameter.CSharpName.TrimStart('@')}\">{text}{(text.Length > 0 ? " " : string.Empty)}(<c>{SourceWriter.EscapeXml(parameter.WireName)}</c> in the {where}.)</param>");
            }

            if (operation.Body is { } body)
            {
                writer.Line($"/// <param name=\"body\">{DocMarkdown.OneLine(body.Description ?? "The request body.")}</param>");
            }

            writer.Line("/// <param name=\"cancellationToken\">Cancels the request.</param>");
        }

        private static void WriteObsolete(SourceWriter writer, OperationModel operation)
        {
            if (operation.IsDeprecated)
            {
                writer.Line($"[global::System.Obsolete({SourceWriter.Quote($"The API marks operation '{operation.OperationId}' as deprecated.")})]");
            }
        }
    }
}
