using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>
    /// Writes the root client and one sub-client per tag, each with an interface for mocking. Method bodies only
    /// gather arguments and hand them to the runtime's ApiConnection, which sends, maps errors and deserializes.
    /// </summary>
    internal sealed partial class ClientEmitter
    {
        private const string Connection = TypeNames.Runtime + ".ApiConnection";
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
            writer.Line($"private readonly {Connection} _connection;");
            writer.Line();
            writer.Line("/// <summary>Creates the sub-client over a connection shared with the root client.</summary>");
            writer.Open($"public {group.ClassName}({Connection} connection)");
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
            writer.Line($"private readonly {Connection} _connection;");
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
            writer.Line($"_connection = new {Connection}(httpClient, DefaultBaseAddress, {scheme});");
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

                WriteDocs(writer, operation, text);
                WriteObsolete(writer, operation);
                writer.Line($"{text.Signature.Returns} {text.Signature.Name}({text.Signature.Parameters});");
                if (text.ResponseSignature is { } responseSignature)
                {
                    writer.Line();
                    writer.Doc("summary", (operation.Summary ?? operation.OperationId) + " (status, headers and body or error, without throwing for an error status)");
                    writer.Line($"/// <remarks>As <see cref=\"{operation.MethodName}\"/>, but an error status is returned in the result instead of thrown.</remarks>");
                    writer.Line($"/// <inheritdoc cref=\"{operation.MethodName}\" path=\"/param\"/>");
                    writer.Line("/// <returns>The status, headers, and the body on success or the typed exception otherwise.</returns>");
                    WriteObsolete(writer, operation);
                    writer.Line($"{responseSignature.Returns} {responseSignature.Name}({responseSignature.Parameters});");
                }

                if (operation.Pagination is { } pagination)
                {
                    writer.Line();
                    WritePagingDocs(writer, operation, text, pagination);
                    WriteObsolete(writer, operation);
                    MethodSignature paging = text.PagingSignature!.Value;
                    writer.Line($"{paging.Returns} {paging.Name}({paging.Parameters});");
                }
            }
        }

        private void WriteImplementations(SourceWriter writer, ClientGroupModel group, IReadOnlyList<OperationText> texts)
        {
            _errorMethods = ErrorMethods(group);
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
                    WriteRequest(writer, operation, text.Endpoint);
                    writer.Line($"return {Send(operation, text.Endpoint, raw: false, "request")};");
                    writer.Close();
                }
                else
                {
                    // The method and its WithResponseAsync sibling send the same request, built in one private method.
                    string request = $"{operation.RequestMethodName}({text.RequestArguments})";
                    writer.Line($"public {text.Signature.Returns} {text.Signature.Name}({text.Signature.Parameters}) =>");
                    writer.Line($"    {Send(operation, text.Endpoint, raw: false, request)};");
                    writer.Line();
                    writer.Line("/// <inheritdoc />");
                    WriteObsolete(writer, operation);
                    writer.Line($"public {responseSignature.Returns} {responseSignature.Name}({responseSignature.Parameters}) =>");
                    writer.Line($"    {Send(operation, text.Endpoint, raw: true, request)};");
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
                    WriteRequest(writer, operation, text.Endpoint);
                    writer.Line("return request;");
                    writer.Close();
                }
            }
        }

        // Operations with the same error responses share one method; for Pulsetic every operation shares one or two.
        private Dictionary<string, string> _errorMethods = new();

        private Dictionary<string, string> ErrorMethods(ClientGroupModel group)
        {
            var methods = new Dictionary<string, string>(StringComparer.Ordinal);
            int next = 1;
            foreach (OperationModel operation in group.Operations.Where(o => !o.Errors.IsEmpty))
            {
                string key = ErrorKey(operation);
                if (!methods.ContainsKey(key))
                {
                    methods[key] = "ErrorBodyType" + (next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            return methods;
        }

        private string ErrorKey(OperationModel operation)
        {
            // Asked for three times per operation (method numbering, method bodies, the request): built once.
            if (!_errorKeys.TryGetValue(operation, out string? key))
            {
                key = string.Join(";", operation.Errors.Select(e => e.Status + "=" + _json.TypeInfo(e.Type)));
                _errorKeys[operation] = key;
            }

            return key;
        }

        private readonly Dictionary<OperationModel, string> _errorKeys = new(SameInstance.Comparer);

        /// <summary>Compares operations by reference: each is one object, and their value equality reads every field.</summary>
        private sealed class SameInstance : IEqualityComparer<OperationModel>
        {
            public static readonly SameInstance Comparer = new();

            public bool Equals(OperationModel? x, OperationModel? y) => ReferenceEquals(x, y);

            public int GetHashCode(OperationModel obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }

        // private static JsonTypeInfo? ErrorBodyType1(int status) => status switch
        // {
        //     401 or 403 or 404 or 422 or 429 => PulseticJsonContext.Default.ErrorResponse,
        //     >= 500 and < 600 => …,
        //     _ => null,
        // };
        private void WriteErrorMethods(SourceWriter writer, ClientGroupModel group)
        {
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (OperationModel operation in group.Operations.Where(o => !o.Errors.IsEmpty))
            {
                string method = _errorMethods[ErrorKey(operation)];
                if (!written.Add(method))
                {
                    continue;
                }

                writer.Line();
                writer.Line("/// <summary>The type of an error response's body, by status, as the spec declares it.</summary>");
                writer.Line($"private static {TypeNames.Json}.Serialization.Metadata.JsonTypeInfo? {method}(int status) => status switch");
                writer.Line("{");
                foreach (var exact in operation.Errors.Where(e => char.IsDigit(e.Status[1])).GroupBy(e => _json.TypeInfo(e.Type)))
                {
                    writer.Line($"    {string.Join(" or ", exact.Select(e => e.Status))} => {exact.Key},");
                }

                foreach (ErrorResponseModel range in operation.Errors.Where(e => e.Status.EndsWith("XX", StringComparison.Ordinal)))
                {
                    int low = (range.Status[0] - '0') * 100;
                    writer.Line($"    >= {low} and < {low + 100} => {_json.TypeInfo(range.Type)},");
                }

                ErrorResponseModel? fallback = operation.Errors.FirstOrDefault(e => e.Status == "default");
                writer.Line($"    _ => {(fallback is null ? "null" : _json.TypeInfo(fallback.Type))},");
                writer.Line("};");
            }
        }

        // var query = new QueryBuilder();
        // query.Add("page", page);
        // var request = _connection.CreateRequest(PulseticEndpoints.ListMonitors, "monitors", query.ToString());
        private void WriteRequest(SourceWriter writer, OperationModel operation, string endpoint)
        {
            foreach (ParameterModel parameter in operation.Parameters.Where(p => p.IsRequired && !p.Type.IsValueType))
            {
                writer.Line($"global::System.ArgumentNullException.ThrowIfNull({parameter.CSharpName});");
            }

            if (operation.Body is { IsRequired: true } requiredBody && !requiredBody.Type.IsValueType)
            {
                writer.Line("global::System.ArgumentNullException.ThrowIfNull(body);");
            }

            string query = "null";
            List<ParameterModel> queryParameters = operation.Parameters.Where(p => p.Location == ParameterLocation.Query).ToList();
            if (queryParameters.Count > 0)
            {
                writer.Line($"var query = new {TypeNames.Runtime}.QueryBuilder();");
                foreach (ParameterModel parameter in queryParameters)
                {
                    writer.Line(QueryStatement(parameter));
                }

                query = "query.ToString()";
            }

            writer.Line($"var request = _connection.CreateRequest({endpoint}, {PathExpression(operation)}, {query});");
            if (!operation.Errors.IsEmpty)
            {
                writer.Line($"request.Options.Set({Connection}.ErrorTypesOptionKey, {_errorMethods[ErrorKey(operation)]});");
            }

            foreach (ParameterModel parameter in operation.Parameters.Where(p => p.Location is ParameterLocation.Header or ParameterLocation.Cookie))
            {
                string headerName = parameter.Location == ParameterLocation.Cookie ? "Cookie" : parameter.WireName;
                string value = _names.WireString(parameter.Type, parameter.IsRequired || !parameter.Type.IsValueType ? parameter.CSharpName : parameter.CSharpName + ".Value");
                if (parameter.Location == ParameterLocation.Cookie)
                {
                    value = $"{SourceWriter.Literal(parameter.WireName + "=")} + global::System.Uri.EscapeDataString({value})";
                }

                string add = $"request.Headers.TryAddWithoutValidation({SourceWriter.Literal(headerName)}, {value});";
                if (parameter.IsRequired)
                {
                    writer.Line(add);
                }
                else
                {
                    writer.Open($"if ({parameter.CSharpName} is not null)");
                    writer.Line(add);
                    writer.Close();
                }
            }

            if (operation.Body is { } body)
            {
                if (!body.IsRequired)
                {
                    writer.Open("if (body is not null)");
                }

                WriteContent(writer, body, body.Type.IsValueType && !body.IsRequired ? "body.Value" : "body");
                if (!body.IsRequired)
                {
                    writer.Close();
                }
            }
        }

        // _connection.SendAsync(request, PulseticEndpoints.ListMonitors, PulseticJsonContext.Default.MonitorPage, cancellationToken)
        private string Send(OperationModel operation, string endpoint, bool raw, string request)
        {
            if (raw)
            {
                return operation.ResultType is not { } rawResult
                    ? $"_connection.SendForResponseAsync({request}, {endpoint}, cancellationToken)"
                    : operation.ResultEncoding == ContentEncoding.Text
                        ? $"_connection.SendForTextResponseAsync({request}, {endpoint}, cancellationToken)"
                        : $"_connection.SendForResponseAsync({request}, {endpoint}, {_json.TypeInfo(rawResult)}, cancellationToken)";
            }

            return operation.ResultType is not { } result
                ? $"_connection.SendAsync({request}, {endpoint}, cancellationToken)"
                : operation.ResultEncoding switch
                {
                    ContentEncoding.Text => $"_connection.SendForTextAsync({request}, {endpoint}, cancellationToken)",
                    ContentEncoding.Binary => $"_connection.SendForFileAsync({request}, {endpoint}, cancellationToken)",
                    ContentEncoding.EventStream => $"_connection.SendForEventsAsync({request}, {endpoint}, {_json.TypeInfo(result)}, cancellationToken)",
                    ContentEncoding.JsonLines => $"_connection.SendForJsonLinesAsync({request}, {endpoint}, {_json.TypeInfo(result)}, cancellationToken)",
                    _ => $"_connection.SendAsync({request}, {endpoint}, {_json.TypeInfo(result)}, cancellationToken)",
                };
        }

        // request.Content = ApiContent.Json(body, PulseticJsonContext.Default.CreateMonitorsRequest);
        private void WriteContent(SourceWriter writer, RequestBodyModel body, string value)
        {
            string mediaType = SourceWriter.Literal(body.MediaType);
            switch (body.Encoding)
            {
                case ContentEncoding.FormUrlEncoded:
                    string indexed = string.Concat(body.IndexedArrays.Select(name => ", " + SourceWriter.Literal(name)));
                    writer.Line($"request.Content = {TypeNames.Runtime}.ApiContent.FormUrlEncoded({value}, {_json.TypeInfo(body.Type)}{indexed});");
                    break;
                case ContentEncoding.Multipart:
                    writer.Line($"var form = new {TypeNames.Runtime}.MultipartBuilder();");
                    foreach (PropertyModel property in _names.Find(body.Type.ModelName!).Properties)
                    {
                        writer.Line(MultipartPart.Statement(property, $"{value}.{property.CSharpName}", _names, _json));
                    }

                    writer.Line("request.Content = form.Build();");
                    break;
                case ContentEncoding.Binary:
                    writer.Line($"request.Content = {TypeNames.Runtime}.ApiContent.Binary({value}, {mediaType});");
                    break;
                case ContentEncoding.Text:
                    writer.Line($"request.Content = {TypeNames.Runtime}.ApiContent.Text({value}, {mediaType});");
                    break;
                default:
                    writer.Line($"request.Content = {TypeNames.Runtime}.ApiContent.Json({value}, {_json.TypeInfo(body.Type)});");
                    break;
            }
        }

        private string QueryStatement(ParameterModel parameter)
        {
            string name = SourceWriter.Literal(parameter.WireName);
            string value = parameter.CSharpName;
            TypeRef type = parameter.Type;
            if (NeedsObjectEncoding(parameter))
            {
                string deep = parameter.Style == QueryStyle.DeepObject ? "true" : "false";
                string argument = type.IsValueType && !parameter.IsRequired ? value + ".GetValueOrDefault()" : value;
                string call = $"query.AddObject({name}, {argument}, {_json.TypeInfo(type)}, deepObject: {deep});";
                return type.IsValueType && !parameter.IsRequired ? $"if ({value}.HasValue) {{ {call} }}" : call;
            }

            if (type.Kind == TypeRefKind.List)
            {
                TypeRef element = type.Element!;
                bool joined = parameter.Style != QueryStyle.FormExploded;
                bool direct = element.Kind == TypeRefKind.String || (!joined && element.Kind is TypeRefKind.Int64 or TypeRefKind.Int32 or TypeRefKind.Double);
                string values = direct
                    ? value
                    : $"{value} is null ? null : global::System.Linq.Enumerable.Select({value}, static item => {_names.WireString(element, "item")})";
                if (!joined)
                {
                    return $"query.AddEach({name}, {values});";
                }

                char separator = parameter.Style switch
                {
                    QueryStyle.SpaceDelimited => ' ',
                    QueryStyle.PipeDelimited => '|',
                    QueryStyle.TabDelimited => '\t',
                    _ => ',',
                };
                return $"query.AddJoined({name}, {values}, '{(separator == '\t' ? "\\t" : separator.ToString())}');";
            }

            if (type.Kind == TypeRefKind.Enum)
            {
                string access = parameter.IsRequired ? value + ".Value" : value + "?.Value";
                return $"query.Add({name}, {access});";
            }

            return type.WireFormat is { } format ? $"query.Add({name}, {value}, {SourceWriter.Literal(format)});" : $"query.Add({name}, {value});";
        }

        /// <summary>Query values that are not scalars (or lists of scalars in a plain style) go through JSON and are flattened.</summary>
        public static bool NeedsObjectEncoding(ParameterModel parameter) =>
            parameter.Location == ParameterLocation.Query
            && (parameter.Style == QueryStyle.DeepObject
                || parameter.Type.Kind is TypeRefKind.Model or TypeRefKind.Dictionary or TypeRefKind.Any
                || (parameter.Type.Kind == TypeRefKind.List && parameter.Type.Element!.Kind is TypeRefKind.Model or TypeRefKind.List or TypeRefKind.Dictionary or TypeRefKind.Any or TypeRefKind.Bytes or TypeRefKind.File));

        /// <summary><c>/monitors/{monitorId}/checks</c> → <c>"monitors/" + ApiUrl.PathSegment(monitorId) + "/checks"</c>.</summary>
        private string PathExpression(OperationModel operation)
        {
            var parts = new List<string>();
            var literal = new StringBuilder();
            string template = operation.PathTemplate.TrimStart('/');
            for (int i = 0; i < template.Length; i++)
            {
                int close = template[i] == '{' ? template.IndexOf('}', i) : -1;
                ParameterModel? parameter = close > i
                    ? operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Path && p.WireName == template.Substring(i + 1, close - i - 1))
                    : null;
                if (parameter is null)
                {
                    literal.Append(template[i]);
                    continue;
                }

                if (literal.Length > 0)
                {
                    parts.Add(SourceWriter.Literal(literal.ToString()));
                    literal.Clear();
                }

                // An enum's wire value (string or number) is its Value; PathSegment formats either.
                string segment = parameter.Type.Kind == TypeRefKind.Enum ? parameter.CSharpName + ".Value" : parameter.CSharpName;
                parts.Add(parameter.Type.WireFormat is { } format
                    ? $"{TypeNames.Runtime}.ApiUrl.PathSegment({segment}, {SourceWriter.Literal(format)})"
                    : $"{TypeNames.Runtime}.ApiUrl.PathSegment({segment})");
                i = close;
            }

            if (literal.Length > 0 || parts.Count == 0)
            {
                parts.Add(SourceWriter.Literal(literal.ToString()));
            }

            return string.Join(" + ", parts);
        }

        private static void WriteDocs(SourceWriter writer, OperationModel operation, OperationText text)
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

            WriteParameterDocs(writer, text, skip: null);
            writer.Line(operation.ResultType is null
                ? "/// <returns>A task that completes when the API has accepted the request.</returns>"
                : operation.ResultEncoding is ContentEncoding.EventStream or ContentEncoding.JsonLines
                    ? "/// <returns>The events, in the order the server sends them, read while the caller enumerates; the request is sent on the first <c>MoveNextAsync</c>.</returns>"
                    : "/// <returns>The response body.</returns>");
            writer.Line($"/// <exception cref=\"{TypeNames.Runtime}.ApiException\">The API answered with an error status (see the subclasses), the response could not be read, or the request could not be sent.</exception>");
        }

        private static void WriteParameterDocs(SourceWriter writer, OperationText text, string? skip, EquatableArray<string> alsoSkip = default)
        {
            foreach ((string name, string line) in text.ParameterDocs)
            {
                if (name != skip && !alsoSkip.Contains(name))
                {
                    writer.Line(line);
                }
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
