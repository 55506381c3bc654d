using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Pulsetic.Cli.Hosting;
using Pulsetic.Cli.Output;
using PulseticGen.Runtime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pulsetic.Cli.Commands;

/// <summary>
/// <c>endpoints</c>: every operation of the API, read from the generated <see cref="PulseticEndpoints.All"/>, so an
/// operation added to the spec shows up here with no change to the tool.
/// </summary>
internal sealed class EndpointsCommand : AsyncCommand<OutputSettings>
{
    private readonly CliServices _services;

    public EndpointsCommand(CliServices services)
    {
        _services = services;
    }

    public override Task<int> ExecuteAsync(CommandContext context, OutputSettings settings, CancellationToken cancellationToken)
    {
        var output = new CommandOutput(_services.Output, settings.Json);
        if (output.IsJson)
        {
            output.WriteJson(writer =>
            {
                writer.WriteStartArray();
                foreach (ApiEndpoint endpoint in PulseticEndpoints.All)
                {
                    writer.WriteStartObject();
                    writer.WriteString("operation_id", endpoint.OperationId);
                    writer.WriteString("method", endpoint.Method);
                    writer.WriteString("path", endpoint.PathTemplate);
                    writer.WriteString("tag", endpoint.Tag);
                    writer.WriteString("summary", endpoint.Summary);
                    writer.WriteBoolean("deprecated", endpoint.IsDeprecated);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            });
            return Task.FromResult(ExitCodes.Success);
        }

        Table table = Display.NewTable("Tag", "Method", "Path", "Operation", "Summary");
        foreach (IGrouping<string?, ApiEndpoint> group in PulseticEndpoints.All.GroupBy(endpoint => endpoint.Tag))
        {
            bool first = true;
            foreach (ApiEndpoint endpoint in group)
            {
                string operation = endpoint.IsDeprecated ? $"[strikethrough]{Markup.Escape(endpoint.OperationId)}[/] (deprecated)" : Markup.Escape(endpoint.OperationId);
                table.AddRow(first ? $"[bold]{Display.Text(group.Key)}[/]" : string.Empty, MethodMarkup(endpoint.Method), Markup.Escape(endpoint.PathTemplate), operation, Display.Text(endpoint.Summary));
                first = false;
            }
        }

        output.Console.Write(table);
        output.Note($"[grey]{PulseticEndpoints.All.Count} operations, generated from the Pulsetic OpenAPI spec.[/]");
        return Task.FromResult(ExitCodes.Success);
    }

    private static string MethodMarkup(string method) => method switch
    {
        "GET" => "[blue]GET[/]",
        "POST" => "[green]POST[/]",
        "PUT" or "PATCH" => $"[yellow]{method}[/]",
        "DELETE" => "[red]DELETE[/]",
        _ => Markup.Escape(method),
    };
}
