using System;
using System.Linq;
using System.Xml.Linq;
using PulseticGen.Generator.Emitting;
using PulseticGen.Generator.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Generator.Tests;

/// <summary>Spec Markdown reaches IntelliSense as XML doc: code as code, links as links, never raw backticks.</summary>
public sealed class DocMarkdownTests
{
    [Theory]
    [InlineData("Use `page` to page.", "Use <c>page</c> to page.")]
    [InlineData("Pass ``a ` b`` verbatim.", "Pass <c>a ` b</c> verbatim.")]
    [InlineData("See [the guide](https://example.com/a?b=1&c=2).", "See <see href=\"https://example.com/a?b=1&amp;c=2\">the guide</see>.")]
    [InlineData("See <https://example.com>.", "See <see href=\"https://example.com\">https://example.com</see>.")]
    [InlineData("**Bold** and *soft* and __also__ and _this_.", "<b>Bold</b> and <i>soft</i> and <b>also</b> and <i>this</i>.")]
    [InlineData("snake_case_name and 2 * 3 * 4 stay text", "snake_case_name and 2 * 3 * 4 stay text")]
    [InlineData("An unclosed `tick and a lone * star", "An unclosed `tick and a lone * star")]
    [InlineData("Raw <b>HTML</b> & entities stay escaped", "Raw &lt;b&gt;HTML&lt;/b&gt; &amp; entities stay escaped")]
    [InlineData(@"An escaped \*star\* stays", "An escaped *star* stays")]
    [InlineData("**`code` in bold**", "<b><c>code</c> in bold</b>")]
    public void Inline_markdown_becomes_xml_doc(string markdown, string expected)
    {
        Assert.Equal(new[] { expected }, DocMarkdown.Lines(markdown));
    }

    [Fact]
    public void Paragraphs_lists_code_and_headings_become_blocks()
    {
        string markdown = """
            Returns the account's monitors,
            one page at a time.

            ## Paging
            - `page` starts at 1
            - `per_page` is
              capped by the plan
            1. first
            2. second

            ```json
            { "a": "<b>" }
            ```
            """;

        Assert.Equal(
            new[]
            {
                "<para>Returns the account's monitors, one page at a time.</para>",
                "<para><b>Paging</b></para>",
                "<list type=\"bullet\">",
                "<item><description><c>page</c> starts at 1</description></item>",
                "<item><description><c>per_page</c> is capped by the plan</description></item>",
                "</list>",
                "<list type=\"number\">",
                "<item><description>first</description></item>",
                "<item><description>second</description></item>",
                "</list>",
                "<code>",
                "{ \"a\": \"&lt;b&gt;\" }",
                "</code>",
            },
            DocMarkdown.Lines(markdown));
    }

    [Theory]
    [InlineData("a *b `c* d` [e](f) <h")]
    [InlineData("**a _b** c_ [x](y")]
    [InlineData("```\nunterminated fence\n- item\n<i>")]
    [InlineData("[`a`](https://x.test/\"q\") & 1 < 2")]
    public void Any_text_gives_well_formed_xml_that_keeps_every_word(string markdown)
    {
        foreach (string xml in new[] { string.Join("\n", DocMarkdown.Lines(markdown)), DocMarkdown.OneLine(markdown) })
        {
            XElement parsed = XElement.Parse("<doc>" + xml + "</doc>");
            string kept = parsed.Value + string.Concat(parsed.Descendants().Select(e => (string?)e.Attribute("href")));
            Assert.Equal(LettersAndDigits(markdown), LettersAndDigits(kept));
        }
    }

    private static string LettersAndDigits(string text) => new(text.Where(char.IsLetterOrDigit).OrderBy(c => c).ToArray());

    [Fact]
    public void A_generated_client_carries_the_markdown_as_xml_doc_and_compiles_with_documentation_checks()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Docs, version: '1' }
            paths:
              /items:
                get:
                  operationId: listItems
                  summary: List `items`
                  description: |
                    Returns **every** item.

                    - sorted by `created_at`
                    - see [the guide](https://example.com/guide)
                  parameters:
                    - { name: q, in: query, description: 'Filter, e.g. `name:foo`', schema: { type: string } }
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/Item' }
            components:
              schemas:
                Item:
                  type: object
                  description: An item; *immutable* once created.
                  properties:
                    created_at: { type: string, description: 'When it was made, as `RFC 3339`.' }
            """;

        GenerationResult result = GeneratorHarness.Run(spec);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems.Select(d => d.ToString()));
        string[] docLines = result.Files.SelectMany(f => f.Source.Split('\n')).Select(l => l.Trim()).Where(l => l.StartsWith("///", StringComparison.Ordinal)).ToArray();
        Assert.DoesNotContain(docLines, line => line.Contains('`', StringComparison.Ordinal) || line.Contains("**", StringComparison.Ordinal) || line.Contains("](", StringComparison.Ordinal));
        Assert.Contains("/// <summary>List <c>items</c></summary>", docLines);
        Assert.Contains("/// <para>Returns <b>every</b> item.</para>", docLines);
        Assert.Contains("/// <item><description>see <see href=\"https://example.com/guide\">the guide</see></description></item>", docLines);
        Assert.Contains(docLines, line => line.Contains("Filter, e.g. <c>name:foo</c>", StringComparison.Ordinal));
        Assert.Contains("/// <summary>An item; <i>immutable</i> once created.</summary>", docLines);
    }
}
