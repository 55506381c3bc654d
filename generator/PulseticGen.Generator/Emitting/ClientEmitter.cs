using System.Collections.Generic;
using System.Linq;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>
    /// Writes the root client and one sub-client per tag, each with an interface for mocking. Method bodies only
    /// gather arguments and hand them to the runtime's ApiConnection, which sends, maps errors and deserializes.
    /// </summary>
    internal sealed partial class ClientEmitter
    {
        private const string Task = "global::System.Threading.Tasks.Task";
        private const string CancellationToken = "global::System.Threading.CancellationToken";

        private readonly SpecModel _spec;
        private readonly TypeNames _names;
        private readonly JsonContextEmitter _json;
        private readonly SourceBuffer? _buffer;

        public ClientEmitter(SpecModel spec, TypeNames names, JsonContextEmitter json, SourceBuffer? buffer = null)
        {
            _spec = spec;
            _names = names;
            _json = json;
            _buffer = buffer;
        }

        public string EmitGroup(ClientGroupModel group)
        {
            SourceWriter writer = FileHeader.Start(_spec, _buffer);
            writer.Open("namespace " + _spec.Namespace);

            string description = group.Description ?? $"Operations tagged '{group.Tag}'.";
            writer.Doc("summary", description);
            writer.Line(TypeNames.GeneratedCodeAttribute);
            writer.Open($"{_spec.Accessibility} partial interface {group.InterfaceName}");
            List<OperationText> texts = Describe(group);
            WriteSignatures(writer, group, texts);
            writer.Close();
            writer.Line();

            writer.Doc("summary", description);
            writer.Line(TypeNames.GeneratedCodeAttribute);
            writer.Open($"{_spec.Accessibility} sealed partial class {group.ClassName} : {_names.Qualified(group.InterfaceName)}");
            writer.Line($"private readonly {TypeNames.Connection} _connection;");
            writer.Line();
            writer.Line("/// <summary>Creates the sub-client over a connection shared with the root client.</summary>");
            writer.Open($"public {group.ClassName}({TypeNames.Connection} connection)");
            writer.Line("_connection = connection ?? throw new global::System.ArgumentNullException(nameof(connection));");
            writer.Close();
            WriteImplementations(writer, group, texts);
            WriteErrorMethods(writer, group);
            writer.Close();

            writer.Close();
            return writer.Finish();
        }

        public string EmitRoot(ClientGroupModel? rootOperations)
        {
            SourceWriter writer = FileHeader.Start(_spec, _buffer);
            writer.Open("namespace " + _spec.Namespace);
            string client = _spec.ClientName;
            List<ClientGroupModel> subClients = _spec.Groups.Where(g => !g.IsRoot).ToList();

            writer.Doc("summary", $"A client for the {_spec.Title} API.");
            writer.Doc("remarks", _spec.Description);
            writer.Line(TypeNames.GeneratedCodeAttribute);
            writer.Open($"{_spec.Accessibility} partial interface I{client}");
            bool first = true;
            foreach (ClientGroupModel group in subClients)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                writer.Doc("summary", group.Description ?? $"Operations tagged '{group.Tag}'.");
                writer.Line($"{_names.Qualified(group.InterfaceName)} {group.PropertyName} {{ get; }}");
            }

            List<OperationText> rootTexts = rootOperations is null ? new List<OperationText>() : Describe(rootOperations);
            if (rootOperations is not null)
            {
                WriteSignatures(writer, rootOperations, rootTexts, leadingBlank: subClients.Count > 0);
            }

            writer.Close();
            writer.Line();

            writer.Doc("summary", $"A client for the {_spec.Title} API.");
            writer.Line("/// <remarks>");
            writer.Line("/// Thread-safe; create one and reuse it (or register it with IHttpClientFactory). Every method throws");
            writer.Line($"/// <see cref=\"{TypeNames.Runtime}.ApiException\"/> (or a subclass per status) when the call fails.");
            writer.Line("/// </remarks>");
            writer.Line(TypeNames.GeneratedCodeAttribute);
            string qualifiedClient = _names.Qualified(client);
            writer.Open($"{_spec.Accessibility} sealed partial class {client} : {_names.Qualified("I" + client)}, {TypeNames.Runtime}.IApiClient<{qualifiedClient}>, global::System.IDisposable");
            writer.Line($"private readonly {TypeNames.Connection} _connection;");
            writer.Line("private readonly global::System.Net.Http.HttpClient? _ownedHttpClient;");
            writer.Line();
            writer.Line("/// <summary>The server URL from the spec, used when the HttpClient has no BaseAddress.</summary>");
            writer.Line($"public static global::System.Uri DefaultBaseAddress {{ get; }} = new global::System.Uri({SourceWriter.Quote(_spec.DefaultBaseUrl)});");
            string scheme = "null";
            if (_spec.Security is { } security)
            {
                writer.Line();
                string how = (security.Location, security.Prefix) switch
                {
                    _ when security.TokenUrl is not null => "an OAuth 2.0 access token from the client credentials grant, as 'Bearer <token>' in the 'Authorization' header",
                    (CredentialLocation.Query, _) => $"the token in the '{security.Name}' query parameter",
                    (CredentialLocation.Cookie, _) => $"the token in the '{security.Name}' cookie",
                    (_, "Basic") => "HTTP Basic: the token is 'user:password', sent base64-encoded",
                    (_, null) => $"the raw token in the '{security.Name}' header, with no prefix",
                    (_, string prefix) => $"'{prefix} <token>' in the '{security.Name}' header",
                };
                writer.Line($"/// <summary>How the API expects its credential: {SourceWriter.EscapeXml(how)} (security scheme '{SourceWriter.EscapeXml(security.SchemeName)}').</summary>");
                string create = (security.Location, security.Prefix) switch
                {
                    _ when security.TokenUrl is { } tokenUrl => $"{TypeNames.Runtime}.ApiKeyScheme.OAuth2ClientCredentials(new global::System.Uri({SourceWriter.Quote(tokenUrl)}){string.Concat(security.Scopes.Select(scope => ", " + SourceWriter.Literal(scope)))})",
                    (CredentialLocation.Query, _) => $"{TypeNames.Runtime}.ApiKeyScheme.InQuery({SourceWriter.Literal(security.Name)})",
                    (CredentialLocation.Cookie, _) => $"{TypeNames.Runtime}.ApiKeyScheme.InCookie({SourceWriter.Literal(security.Name)})",
                    (_, "Basic") => $"{TypeNames.Runtime}.ApiKeyScheme.Basic()",
                    (_, null) => $"new {TypeNames.Runtime}.ApiKeyScheme({SourceWriter.Literal(security.Name)})",
                    (_, string prefix) => $"new {TypeNames.Runtime}.ApiKeyScheme({SourceWriter.Literal(security.Name)}, {SourceWriter.Literal(prefix)})",
                };
                writer.Line($"public static {TypeNames.Runtime}.ApiKeyScheme SecurityScheme {{ get; }} = {create};");
                scheme = "SecurityScheme";
            }

            writer.Line();
            writer.Line("/// <summary>Creates a client that sends its requests through <paramref name=\"httpClient\"/>.</summary>");
            writer.Line("/// <param name=\"httpClient\">");
            writer.Line("/// The HttpClient to use; its BaseAddress, when set, replaces <see cref=\"DefaultBaseAddress\"/>. Put the credential in its");
            writer.Line($"/// pipeline, e.g. an <see cref=\"{TypeNames.Runtime}.ApiKeyHandler\"/>. The caller keeps ownership of it.");
            writer.Line("/// </param>");
            writer.Line($"public {client}(global::System.Net.Http.HttpClient httpClient)");
            writer.Line("    : this(httpClient, ownsHttpClient: false)");
            writer.Line("{");
            writer.Line("}");
            writer.Line();
            writer.Open($"private {client}(global::System.Net.Http.HttpClient httpClient, bool ownsHttpClient)");
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(httpClient);");
            writer.Line($"_connection = new {TypeNames.Connection}(httpClient, DefaultBaseAddress, {scheme});");
            writer.Line("_ownedHttpClient = ownsHttpClient ? httpClient : null;");
            foreach (ClientGroupModel group in subClients)
            {
                writer.Line($"{group.PropertyName} = new {_names.Qualified(group.ClassName)}(_connection);");
            }

            writer.Close();

            if (_spec.Security is not null)
            {
                WriteFactories(writer, _names.Qualified(client));
            }

            foreach (ClientGroupModel group in subClients)
            {
                writer.Line();
                writer.Line("/// <inheritdoc />");
                writer.Line($"public {_names.Qualified(group.InterfaceName)} {group.PropertyName} {{ get; }}");
            }

            if (rootOperations is not null)
            {
                WriteImplementations(writer, rootOperations, rootTexts);
                WriteErrorMethods(writer, rootOperations);
            }

            writer.Line();
            writer.Line($"static {TypeNames.Runtime}.ApiKeyScheme? {TypeNames.Runtime}.IApiClient<{qualifiedClient}>.SecurityScheme => {(_spec.Security is null ? "null" : "SecurityScheme")};");
            writer.Line();
            writer.Line($"static {qualifiedClient} {TypeNames.Runtime}.IApiClient<{qualifiedClient}>.CreateWithHttpClient(global::System.Net.Http.HttpClient httpClient) => new {qualifiedClient}(httpClient);");
            writer.Line();
            writer.Line("/// <summary>Disposes the HttpClient if this client created it (<c>Create</c>); otherwise does nothing.</summary>");
            writer.Line("public void Dispose() => _ownedHttpClient?.Dispose();");
            writer.Close();

            writer.Close();
            return writer.Finish();
        }

        private void WriteFactories(SourceWriter writer, string client)
        {
            const string Uri = "global::System.Uri";
            const string Handler = "global::System.Net.Http.HttpMessageHandler";
            writer.Line();
            writer.Block($$"""
                /// <summary>Creates a client that sends <paramref name="apiToken"/> with every request to the API's host.</summary>
                /// <param name="apiToken">The API token; checked now (no line breaks or other control characters) and never logged.</param>
                /// <param name="baseAddress">The API's base address; defaults to <see cref="DefaultBaseAddress"/>.</param>
                /// <param name="innerHandler">The handler that sends the requests (for tests or proxies); it is disposed with the client.</param>
                public static {{client}} Create(string apiToken, {{Uri}}? baseAddress = null, {{Handler}}? innerHandler = null) =>
                    Create(new {{TypeNames.Runtime}}.ApiKeyHandler(SecurityScheme, apiToken) { TrustedBaseAddress = baseAddress ?? DefaultBaseAddress }, baseAddress, innerHandler);

                /// <summary>Creates a client that asks <paramref name="tokenProvider"/> for the token before every request (rotation without restart).</summary>
                /// <param name="tokenProvider">Returns the current token.</param>
                /// <param name="baseAddress">The API's base address; defaults to <see cref="DefaultBaseAddress"/>.</param>
                /// <param name="innerHandler">The handler that sends the requests (for tests or proxies); it is disposed with the client.</param>
                public static {{client}} Create({{TypeNames.Runtime}}.ApiTokenProvider tokenProvider, {{Uri}}? baseAddress = null, {{Handler}}? innerHandler = null) =>
                    Create(new {{TypeNames.Runtime}}.ApiKeyHandler(SecurityScheme, tokenProvider) { TrustedBaseAddress = baseAddress ?? DefaultBaseAddress }, baseAddress, innerHandler);

                private static {{client}} Create({{TypeNames.Runtime}}.ApiKeyHandler authentication, {{Uri}}? baseAddress, {{Handler}}? innerHandler)
                {
                    // Redirects are not followed: a token must never travel to a host the caller did not name.
                    authentication.InnerHandler = innerHandler ?? new global::System.Net.Http.SocketsHttpHandler
                    {
                        AllowAutoRedirect = false,
                        PooledConnectionLifetime = global::System.TimeSpan.FromMinutes(5),

                        // A burst of calls queues on a bounded pool instead of opening a socket per call.
                        MaxConnectionsPerServer = 64,
                    };
                    var httpClient = new global::System.Net.Http.HttpClient(authentication) { BaseAddress = baseAddress ?? DefaultBaseAddress };
                    return new {{client}}(httpClient, ownsHttpClient: true);
                }
                """);
        }

        private void WriteSignatures(SourceWriter writer, ClientGroupModel group, IReadOnlyList<OperationText> texts, bool leadingBlank = false)
        {
            for (int i = 0; i < group.Operations.Count; i++)
            {
                OperationModel operation = group.Operations[i];
                OperationText text = texts[i];
                if (i > 0 || leadingBlank)
                {
                    writer.Line();
                }

                WriteDocs(writer, operation);
                WriteObsolete(writer, operation);
                writer.Line($"{text.Signature.Returns} {text.Signature.Name}({text.Signature.Parameters});");
                if (text.ResponseSignature is { } responseSignature)
                {
                    writer.Line();
                    string summary = DocMarkdown.OneLine(operation.Summary ?? operation.OperationId).TrimEnd('.', ' ');
                    writer.Line($"/// <summary>{summary}: as <see cref=\"{operation.MethodName}\"/>, but returns the status, headers and body or error instead of throwing for an error status.</summary>");
                    writer.Line($"/// <inheritdoc cref=\"{operation.MethodName}\" path=\"/param\"/>");
                    writer.Line("/// <returns>The status, headers, and the body on success or the typed exception otherwise.</returns>");
                    WriteObsolete(writer, operation);
                    writer.Line($"{responseSignature.Returns} {responseSignature.Name}({responseSignature.Parameters});");
                }

                if (operation.Pagination is { } pagination)
                {
                    writer.Line();
                    WritePagingDocs(writer, operation, pagination);
                    WriteObsolete(writer, operation);
                    MethodSignature paging = text.PagingSignature!.Value;
                    writer.Line($"{paging.Returns} {paging.Name}({paging.Parameters});");
                }
            }
        }

        private void WriteImplementations(SourceWriter writer, ClientGroupModel group, IReadOnlyList<OperationText> texts)
        {
            for (int i = 0; i < group.Operations.Count; i++)
            {
                OperationModel operation = group.Operations[i];
                OperationText text = texts[i];
                writer.Line();
                writer.Line("/// <inheritdoc />");
                WriteObsolete(writer, operation);
                if (text.ResponseSignature is not { } responseSignature)
                {
                    writer.Open($"public {text.Signature.Returns} {text.Signature.Name}({text.Signature.Parameters})");
                    WriteRequest(writer, operation, text.Endpoint, returnsRequest: false);
                    WriteSend(writer, "return ", operation, text.Endpoint, raw: false, "request");
                    writer.Close();
                }
                else
                {
                    // The method and its WithResponseAsync sibling send the same request, built in one private method.
                    string request = $"{operation.RequestMethodName}({text.RequestArguments})";
                    writer.Line($"public {text.Signature.Returns} {text.Signature.Name}({text.Signature.Parameters}) =>");
                    WriteSend(writer, "    ", operation, text.Endpoint, raw: false, request);
                    writer.Line();
                    writer.Line("/// <inheritdoc />");
                    WriteObsolete(writer, operation);
                    writer.Line($"public {responseSignature.Returns} {responseSignature.Name}({responseSignature.Parameters}) =>");
                    WriteSend(writer, "    ", operation, text.Endpoint, raw: true, request);
                }

                if (operation.Pagination is { } pagination)
                {
                    writer.Line();
                    writer.Line("/// <inheritdoc />");
                    WriteObsolete(writer, operation);
                    WritePagingImplementation(writer, operation, text, pagination);
                }

                if (text.ResponseSignature is not null)
                {
                    writer.Line();
                    WriteObsolete(writer, operation);
                    writer.Open($"private global::System.Net.Http.HttpRequestMessage {operation.RequestMethodName}({text.RequestParameters})");
                    WriteRequest(writer, operation, text.Endpoint, returnsRequest: true);
                    writer.Close();
                }
            }
        }
    }
}
