using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Pulsetic.Cli.Output;

/// <summary>
/// Where a command's result goes: Spectre renderables for people, or JSON for scripts (<c>--json</c>). Commands render
/// both and this class writes the one that was asked for.
/// </summary>
/// <remarks>
/// JSON goes straight to the console's writer, not through Spectre, which would wrap long lines at the console width
/// and break the document. Serialization uses the generated <c>PulseticJsonContext</c>: no reflection.
/// </remarks>
internal sealed class CommandOutput
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,

        // The output is read by scripts and people, not embedded in HTML: keep '<', '&' and non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public CommandOutput(IAnsiConsole console, bool json)
    {
        Console = console;
        IsJson = json;
    }

    public IAnsiConsole Console { get; }

    public bool IsJson { get; }

    /// <summary>Writes <paramref name="value"/> as JSON with <c>--json</c>, else <paramref name="view"/>.</summary>
    public void Write<T>(T value, JsonTypeInfo<T> type, Func<T, IRenderable> view)
    {
        if (IsJson)
        {
            WriteJson(writer => JsonSerializer.Serialize(writer, value, type));
        }
        else
        {
            Console.Write(view(value));
        }
    }

    /// <summary>Writes the items as a JSON array with <c>--json</c>, else <paramref name="view"/>.</summary>
    public void WriteList<T>(IReadOnlyList<T> items, JsonTypeInfo<T> type, Func<IReadOnlyList<T>, IRenderable> view)
    {
        if (IsJson)
        {
            WriteJson(writer =>
            {
                writer.WriteStartArray();
                foreach (T item in items)
                {
                    JsonSerializer.Serialize(writer, item, type);
                }

                writer.WriteEndArray();
            });
        }
        else
        {
            Console.Write(view(items));
        }
    }

    /// <summary>Writes a small object of the tool's own (a deletion, a downtime figure) with <c>--json</c>, else a line of markup.</summary>
    public void WriteResult(Action<Utf8JsonWriter> writeProperties, string markup)
    {
        if (IsJson)
        {
            WriteJson(writer =>
            {
                writer.WriteStartObject();
                writeProperties(writer);
                writer.WriteEndObject();
            });
        }
        else
        {
            Console.MarkupLine(markup);
        }
    }

    /// <summary>Confirms a deletion: <c>{"deleted": "monitor", "id": 12}</c> with <c>--json</c>.</summary>
    public void Deleted(string resource, long id) => WriteResult(
        writer =>
        {
            writer.WriteString("deleted", resource);
            writer.WriteNumber("id", id);
        },
        $"[green]Deleted {Markup.Escape(resource)} {id}.[/]");

    /// <summary>A line for people only (hints, footers); nothing with <c>--json</c>.</summary>
    public void Note(string markup)
    {
        if (!IsJson)
        {
            Console.MarkupLine(markup);
        }
    }

    public void WriteJson(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        Console.Profile.Out.Writer.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        Console.Profile.Out.Writer.Flush();
    }
}
