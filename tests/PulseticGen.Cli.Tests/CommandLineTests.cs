using System.Linq;
using Pulsetic.Cli.Hosting;
using Xunit;

namespace PulseticGen.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Global_options_before_the_command_move_after_it()
    {
        string[] args = CommandLine.HoistGlobalOptions(["--json", "--token", "abc", "--base-url=http://127.0.0.1:1/", "monitors", "get", "12"]);

        Assert.Equal(["monitors", "get", "12", "--json", "--token", "abc", "--base-url=http://127.0.0.1:1/"], args);
    }

    [Fact]
    public void A_command_line_that_starts_with_the_command_is_left_alone()
    {
        string[] original = ["monitors", "list", "--json", "--page", "2"];

        Assert.Same(original, CommandLine.HoistGlobalOptions(original));
    }

    [Fact]
    public void Secret_values_are_found_in_both_option_forms()
    {
        string[] secrets = CommandLine.FindSecretValues(["monitors", "list", "--token", "first", "--password=second", "--name", "not-secret"]).ToArray();

        Assert.Equal(["first", "second"], secrets);
    }
}
