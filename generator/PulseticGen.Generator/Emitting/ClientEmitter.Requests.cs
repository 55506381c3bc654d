using System;
using System.Collections.Generic;
using System.Linq;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>Method bodies: the request (path, query, headers, content) and the connection call that sends it.</summary>
    internal sealed partial class ClientEmitter
    {
        // var query = new QueryBuilder();
        // query.Add("page", page);
        // var request = _connection.CreateRequest(PulseticEndpoints.ListMonitors, "monitors", query.ToString());
        /// <param name="returnsRequest">True in a request method, which ends with <c>return</c>; false in a method that sends the request itself.</param>
        private void WriteRequest(SourceWriter writer, OperationModel operation, string endpoint, bool returnsRequest)
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
                writer.Line($"var query = new {TypeNames.QueryBuilder}();");
                foreach (ParameterModel parameter in queryParameters)
                {
                    WriteQueryStatement(writer, parameter);
                }

                query = "query.ToString()";
            }

            string errors = operation.ErrorTableName is { } table ? ", " + table : string.Empty;
            bool nothingToAdd = operation.Body is null && !operation.Parameters.Any(p => p.Location is ParameterLocation.Header or ParameterLocation.Cookie);
            if (returnsRequest && nothingToAdd)
            {
                writer.Line($"return _connection.CreateRequest({endpoint}, {PathExpression(operation)}, {query}{errors});");
                return;
            }

            writer.Line($"var request = _connection.CreateRequest({endpoint}, {PathExpression(operation)}, {query}{errors});");

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

            if (returnsRequest)
            {
                writer.Line("return request;");
            }
        }

        // return _connection.SendAsync(request, PulseticEndpoints.ListMonitors, PulseticJsonContext.Default.MonitorPage, cancellationToken);
        /// <summary>Writes the line that sends <paramref name="request"/> (an expression) after <paramref name="lead"/> (<c>return </c> or an indent).</summary>
        private void WriteSend(SourceWriter writer, string lead, OperationModel operation, string endpoint, bool raw, string request)
        {
            string method = (raw, operation.ResultType, operation.ResultEncoding) switch
            {
                (true, null, _) => "SendForResponseAsync",
                (true, _, ContentEncoding.Text) => "SendForTextResponseAsync",
                (true, _, _) => "SendForResponseAsync",
                (false, null, _) => "SendAsync",
                (false, _, ContentEncoding.Text) => "SendForTextAsync",
                (false, _, ContentEncoding.Binary) => "SendForFileAsync",
                (false, _, ContentEncoding.EventStream) => "SendForEventsAsync",
                (false, _, ContentEncoding.JsonLines) => "SendForJsonLinesAsync",
                _ => "SendAsync",
            };
            bool typed = operation.ResultType is not null && operation.ResultEncoding is not (ContentEncoding.Text or ContentEncoding.Binary);
            string typeInfo = typed ? _json.TypeInfo(operation.ResultType!) : string.Empty;
            writer.Line($"{lead}_connection.{method}({request}, {endpoint}, {typeInfo}{(typed ? ", " : string.Empty)}cancellationToken);");
        }

        // request.Content = ApiContent.Json(body, PulseticJsonContext.Default.CreateMonitorsRequest);
        private void WriteContent(SourceWriter writer, RequestBodyModel body, string value)
        {
            string mediaType = SourceWriter.Literal(body.MediaType);
            switch (body.Encoding)
            {
                case ContentEncoding.FormUrlEncoded:
                    string indexed = string.Concat(body.IndexedArrays.Select(name => ", " + SourceWriter.Literal(name)));
                    writer.Line($"request.Content = {TypeNames.ApiContent}.FormUrlEncoded({value}, {_json.TypeInfo(body.Type)}{indexed});");
                    break;
                case ContentEncoding.Multipart:
                    writer.Line($"var form = new {TypeNames.MultipartBuilder}();");
                    foreach (PropertyModel property in _names.Find(body.Type.ModelName!).Properties)
                    {
                        writer.Line(MultipartPart.Statement(property, $"{value}.{property.CSharpName}", _names, _json));
                    }

                    writer.Line("request.Content = form.Build();");
                    break;
                case ContentEncoding.Binary:
                    writer.Line($"request.Content = {TypeNames.ApiContent}.Binary({value}, {mediaType});");
                    break;
                case ContentEncoding.Text:
                    writer.Line($"request.Content = {TypeNames.ApiContent}.Text({value}, {mediaType});");
                    break;
                default:
                    writer.Line($"request.Content = {TypeNames.ApiContent}.Json({value}, {_json.TypeInfo(body.Type)});");
                    break;
            }
        }

        private void WriteQueryStatement(SourceWriter writer, ParameterModel parameter)
        {
            string value = parameter.CSharpName;
            TypeRef type = parameter.Type;
            SourceWriter.Quoted quotedName = SourceWriter.Quote(parameter.WireName);

            // The common cases first, written straight into the line.
            if (type.Kind == TypeRefKind.Enum)
            {
                writer.Line($"query.Add({quotedName}, {value}{(parameter.IsRequired ? ".Value" : "?.Value")});");
                return;
            }

            if (type.Kind != TypeRefKind.List && !parameter.IsObjectEncoded)
            {
                if (type.WireFormat is { } format)
                {
                    writer.Line($"query.Add({quotedName}, {value}, {SourceWriter.Quote(format)});");
                }
                else
                {
                    writer.Line($"query.Add({quotedName}, {value});");
                }

                return;
            }

            writer.Line(QueryStatement(parameter, SourceWriter.Literal(parameter.WireName)));
        }

        private string QueryStatement(ParameterModel parameter, string name)
        {
            string value = parameter.CSharpName;
            TypeRef type = parameter.Type;
            if (parameter.IsObjectEncoded)
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

            throw new InvalidOperationException($"Query parameter '{parameter.WireName}' is neither an object nor a list; WriteQueryStatement writes it.");
        }

        /// <summary><c>/monitors/{monitorId}/checks</c> → <c>"monitors/" + ApiUrl.PathSegment(monitorId) + "/checks"</c>.</summary>
        private static string PathExpression(OperationModel operation) =>
            string.Join(" + ", operation.PathSegments.Select(segment => segment.Parameter is not { } parameter
                ? SourceWriter.Literal(segment.Literal)
                : PathSegmentCall(parameter)));

        // An enum's wire value (string or number) is its Value; PathSegment formats either.
        private static string PathSegmentCall(ParameterModel parameter)
        {
            string value = parameter.Type.Kind == TypeRefKind.Enum ? parameter.CSharpName + ".Value" : parameter.CSharpName;
            return parameter.Type.WireFormat is { } format
                ? $"{TypeNames.ApiUrl}.PathSegment({value}, {SourceWriter.Literal(format)})"
                : $"{TypeNames.ApiUrl}.PathSegment({value})";
        }
    }
}
