using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using PulseticGen.Generator.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Generator.Tests;

/// <summary>
/// Which list operations get a <c>…AllAsync</c> method: detected only when the spec is unambiguous, declared with
/// <c>x-pagination</c> otherwise, and a malformed declaration is PGEN020 rather than a guess.
/// </summary>
public sealed class PaginationDetectionTests
{
    private const string Item = "{ type: object, required: [id], properties: { id: { type: string } } }";

    /// <summary>One operation at line 7 (<c>get:</c>), its extension (if any) on line 9.</summary>
    private static string Spec(string parameters, string schema, string method = "get", string extension = "", string headers = "") => $$"""
        openapi: 3.0.3
        info: { title: Shop, version: "1" }
        servers: [{ url: "https://shop.test/" }]
        paths:
          /items:
            {{method}}:
              operationId: listItems
              {{(extension.Length == 0 ? "summary: List items" : "x-pagination: " + extension)}}
              parameters: {{parameters}}
              responses:
                "200":
                  description: ok
                  {{(headers.Length == 0 ? "x-note: none" : "headers: " + headers)}}
                  content:
                    application/json:
                      schema: {{schema}}
        components:
          schemas:
            Item: {{Item}}
        """;

    private static string Query(params string[] names) =>
        "[" + string.Join(", ", names.Select(n => n.Contains(':', StringComparison.Ordinal)
            ? $"{{ name: {n.Split(':')[0]}, in: query, schema: {{ type: {n.Split(':')[1]} }} }}"
            : $"{{ name: {n}, in: query, schema: {{ type: integer }} }}")) + "]";

    private const string Array = "{ type: array, items: { $ref: '#/components/schemas/Item' } }";

    private static string Clean(GenerationResult result)
    {
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems.Select(d => d.ToString()));
        return result.AllSource;
    }

    [Theory]
    [InlineData("offset limit", Array, "", "EnumerateByOffsetAsync", "static page => page,")]
    [InlineData("cursor:string limit", "{ type: object, properties: { members: " + Array + ", response_metadata: { type: object, properties: { next_cursor: { type: string } } } } }", "", "EnumerateByCursorAsync", "static (page, items) => page.ResponseMetadata?.NextCursor,")]
    [InlineData("after:string", "{ type: object, properties: { items: " + Array + ", next_cursor: { type: string } } }", "", "EnumerateByCursorAsync", "static (page, items) => page.NextCursor,")]
    [InlineData("starting_after:string limit", "{ type: object, properties: { has_more: { type: boolean }, data: " + Array + " } }", "", "EnumerateByCursorAsync", "page.HasMore == true ? items[items.Count - 1].Id : null")]
    [InlineData("per_page page", Array, "{ Link: { schema: { type: string } } }", "EnumerateByLinkAsync", "CreateNextPageRequest(")]
    public void Unambiguous_list_shapes_are_detected(string parameters, string schema, string headers, string pager, string expected)
    {
        string source = Clean(GeneratorHarness.Run(Spec(Query(parameters.Split(' ')), schema, headers: headers)));

        Assert.Contains("ListItemsAllAsync(", source, StringComparison.Ordinal);
        Assert.Contains("ApiPager." + pager, source, StringComparison.Ordinal);
        Assert.Contains(expected, source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("offset limit", Array, "post", "")]                                                 // repeating a POST could change state
    [InlineData("offset", Array, "get", "")]                                                        // no limit: maybe not a page at all
    [InlineData("offset limit", "{ type: object, properties: { a: " + Array + ", b: " + Array + " } }", "get", "")] // which array?
    [InlineData("cursor:string", "{ type: object, properties: { items: " + Array + " } }", "get", "")]            // no next cursor in the body
    [InlineData("cursor:integer", "{ type: object, properties: { items: " + Array + ", next_cursor: { type: string } } }", "get", "")]
    [InlineData("per_page", Array, "get", "{ Link: { schema: { type: string } } }")]               // Link without a page parameter
    [InlineData("page", Array, "get", "")]                                                          // a page number alone says nothing
    public void Ambiguous_shapes_get_no_method(string parameters, string schema, string method, string headers)
    {
        string source = Clean(GeneratorHarness.Run(Spec(Query(parameters.Split(' ')), schema, method, headers: headers)));

        Assert.Contains("ListItemsAsync(", source, StringComparison.Ordinal);
        Assert.DoesNotContain("ListItemsAllAsync", source, StringComparison.Ordinal);
    }

    [Fact]
    public void X_pagination_false_turns_detection_off()
    {
        string source = Clean(GeneratorHarness.Run(Spec(Query("offset", "limit"), Array, extension: "false")));

        Assert.DoesNotContain("ListItemsAllAsync", source, StringComparison.Ordinal);
    }

    [Fact]
    public void X_pagination_declares_what_detection_would_not_guess()
    {
        const string schema = "{ type: object, properties: { results: " + Array + ", tags: { type: array, items: { type: string } }, paging: { type: object, properties: { more: { type: boolean }, next: { type: string } } } } }";
        string source = Clean(GeneratorHarness.Run(Spec(Query("token:string"), schema, extension: "{ style: cursor, cursorParam: token, nextCursor: paging.next, hasMore: paging.more, items: results }")));

        Assert.Contains("ListItemsAsync(token: pageCursor, cancellationToken: pageCancellationToken)", source, StringComparison.Ordinal);
        Assert.Contains("static page => page.Results,", source, StringComparison.Ordinal);
        Assert.Contains("static (page, items) => page.Paging?.More == true ? page.Paging?.Next : null,", source, StringComparison.Ordinal);
    }

    [Fact]
    public void X_pagination_offset_names_its_parameter_and_hides_it()
    {
        string source = Clean(GeneratorHarness.Run(Spec(Query("skip", "top"), Array, extension: "{ style: offset, offsetParam: skip, limitParam: top }")));

        Assert.Contains("ListItemsAllAsync(long? top = null, global::System.Threading.CancellationToken cancellationToken = default)", source, StringComparison.Ordinal);
        Assert.Contains("ListItemsAsync(skip: pageOffset, top: top, cancellationToken: pageCancellationToken)", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2]", "it is not an object (or false)")]
    [InlineData("{ items: data }", "'style' is missing")]
    [InlineData("{ style: keyset, items: data }", "'style: keyset' is not page, offset, cursor or link")]
    [InlineData("{ style: cursor, cursorParam: next, items: data }", "'next' is not an optional string query parameter")]
    [InlineData("{ style: cursor, cursorParam: token, items: data }", "a cursor style needs 'nextCursor' or 'cursorFromItem'")]
    [InlineData("{ style: cursor, cursorParam: token, nextCursor: meta.next, items: data }", "'nextCursor: meta.next' is not a string property of the response")]
    [InlineData("{ style: offset, offsetParam: token, items: data }", "'token' is not an optional integer query parameter")]
    [InlineData("{ style: page, items: rows }", "'items: rows' is not an array property of the response")]
    [InlineData("{ style: page }", "'items' is missing and the response is not an array")]
    [InlineData("{ style: page, items: data, firstPage: 2 }", "'firstPage' is not 0 or 1")]
    public void PGEN020_a_malformed_x_pagination_is_a_located_warning_and_no_method(string extension, string reason)
    {
        const string schema = "{ type: object, properties: { data: " + Array + ", count: { type: integer } } }";
        GenerationResult result = GeneratorHarness.Run(Spec(Query("page", "token:string"), schema, extension: extension));

        Diagnostic warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("PGEN020", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains(reason, warning.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("listItems", warning.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(7, warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain("ListItemsAllAsync", result.AllSource, StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void PGEN020_x_pagination_on_a_post_is_refused()
    {
        GenerationResult result = GeneratorHarness.Run(Spec(Query("offset", "limit"), Array, "post", extension: "{ style: offset }"));

        Diagnostic warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("PGEN020", warning.Id);
        Assert.Contains("only a GET", warning.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Datadogs_own_x_pagination_dialect_is_read_where_unambiguous_and_otherwise_left_alone()
    {
        const string schema = "{ type: object, properties: { data: " + Array + ", meta: { type: object, properties: { total: { type: integer } } }, tags: { type: array, items: { type: string } } } }";
        string offset = Clean(GeneratorHarness.Run(Spec(Query("start", "count"), schema, extension: "{ limitParam: count, pageOffsetParam: start, resultsPath: data }")));
        string pages = Clean(GeneratorHarness.Run(Spec(Query("page", "page_size"), Array, extension: "{ limitParam: page_size, pageParam: page }")));

        Assert.Contains("ListItemsAsync(start: pageOffset, count: count, cancellationToken: pageCancellationToken)", offset, StringComparison.Ordinal);
        Assert.Contains("static page => page.Data,", offset, StringComparison.Ordinal);

        // Whether its first page is 0 or 1 is not written down, and detection is not tried over a declaration.
        Assert.DoesNotContain("ListItemsAllAsync", pages, StringComparison.Ordinal);
    }

    [Fact]
    public void X_pagination_page_numbers_can_start_at_zero()
    {
        string source = Clean(GeneratorHarness.Run(Spec(Query("page"), Array, extension: "{ style: page, firstPage: 0 }")));

        Assert.Contains("ApiPager.EnumerateAsync<global::System.Collections.Generic.IReadOnlyList<global::Shop.Item>, global::Shop.Item>(\n                0,", source.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_method_whose_name_is_taken_is_not_generated()
    {
        string spec = Spec(Query("offset", "limit"), Array).Replace("components:", """
              /items/all:
                get:
                  operationId: listItemsAll
                  responses: { "200": { description: ok } }
            components:
            """, StringComparison.Ordinal);
        string source = Clean(GeneratorHarness.Run(spec));

        Assert.DoesNotContain("ApiPager", source, StringComparison.Ordinal);
        Assert.Contains("ListItemsAllAsync(global::System.Threading.CancellationToken cancellationToken = default)", source, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlay_can_add_x_pagination_to_a_vendor_spec()
    {
        const string schema = "{ type: object, properties: { entries: " + Array + ", continuation: { type: string } } }";
        var spec = new SpecFile("/repo/specs/api.yaml", Spec(Query("from:string"), schema));
        var overlay = new SpecFile("/repo/fixes/api.overlay.yaml", """
            overlay: 1.0.0
            info: { title: Paging for the vendor spec, version: '1' }
            actions:
              - target: $.paths['/items'].get
                update:
                  x-pagination: { style: cursor, cursorParam: from, nextCursor: continuation, items: entries }
            """, Marked: false)
        {
            Extra = new Dictionary<string, string> { ["Overlay"] = "true", ["OverlaySpec"] = "specs/api.yaml" },
        };

        string without = Clean(GeneratorHarness.Run(new[] { spec }));
        string with = Clean(GeneratorHarness.Run(new[] { spec, overlay }));

        Assert.DoesNotContain("ListItemsAllAsync", without, StringComparison.Ordinal);
        Assert.Contains("ListItemsAsync(from: pageCursor, cancellationToken: pageCancellationToken)", with, StringComparison.Ordinal);
        Assert.Contains("static (page, items) => page.Continuation,", with, StringComparison.Ordinal);
    }
}
