using System;
using System.Threading.Tasks;
using PulseticGen.Simulator;
using Xunit;

namespace PulseticGen.Cli.Tests.Infrastructure;

/// <summary>One in-process simulator (real HTTP on a free loopback port) shared by the tests of a class.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    /// <summary>A token the simulator accepts, shaped so that any leak of it is easy to find.</summary>
    public const string CanaryToken = "canary-7f3a9c21e4b84d0f9a6e5c3b2d1f0e9a";

    private PulseticSimulator? _simulator;

    public PulseticSimulator Simulator => _simulator ?? throw new InvalidOperationException("The simulator has not started.");

    public Uri BaseAddress => Simulator.BaseAddress;

    public string Token => Simulator.Token;

    public async Task InitializeAsync()
    {
        var options = new SimulatorOptions();
        options.Tokens.Add(SimulatorOptions.DevelopmentToken);
        options.Tokens.Add(CanaryToken);
        _simulator = await PulseticSimulator.StartAsync(options);
    }

    public async Task DisposeAsync()
    {
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}
