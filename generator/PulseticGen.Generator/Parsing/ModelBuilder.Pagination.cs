using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Naming;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>The builder's side of pagination: what it records per operation, and applying the detector per group.</summary>
    internal sealed partial class ModelBuilder
    {
        // Read while the operation's spec objects are at hand, used once every schema is built.
        private readonly Dictionary<string, PagingSource> _paging = new(StringComparer.Ordinal);

        private List<OperationModel> WithPagination(List<OperationModel> operations, PaginationDetector paging, NameScope members)
        {
            // An …AllAsync name already taken by an operation (or by another list) drops that list method rather than
            // renaming a method the user calls by name.
            var result = new List<OperationModel>(operations.Count);
            foreach (OperationModel operation in operations)
            {
                OperationModel paged = paging.Apply(operation, _paging.TryGetValue(operation.EndpointFieldName, out PagingSource? source) ? source : null);
                result.Add(paged.Pagination is { } pagination && !members.TryReserveExactly(pagination.MethodName) ? operation : paged);
            }

            return result;
        }

        private static PagingSource PagingSourceOf(PendingOperation op, string pointer)
        {
            bool declaresLink = false;
            foreach (KeyValuePair<string, IOpenApiResponse> response in op.Operation.Responses ?? new OpenApiResponses())
            {
                if (response.Key.StartsWith("2", StringComparison.Ordinal) && response.Value?.Headers is { } headers
                    && headers.Keys.Any(name => string.Equals(name, "Link", StringComparison.OrdinalIgnoreCase)))
                {
                    declaresLink = true;
                }
            }

            IOpenApiExtension? extension = null;
            bool hasExtension = op.Operation.Extensions is { } extensions && extensions.TryGetValue(PaginationDetector.Extension, out extension);
            return new PagingSource(
                IsGet: string.Equals(op.Method, "GET", StringComparison.OrdinalIgnoreCase),
                DeclaresLinkHeader: declaresLink,
                Extension: (extension as JsonNodeExtension)?.Node,
                HasExtension: hasExtension,
                Pointer: pointer);
        }
    }
}
