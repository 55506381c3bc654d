using PulseticGen.Client.Tests.Infrastructure;
using SplitPetstore;

namespace PulseticGen.Client.Tests;

/// <summary>
/// The client of a spec split over several files (root, a paths file, two schema files, a shared errors file), built
/// through the OpenApiSpec and OpenApiSpecPart items, called over HTTP against a loopback server.
/// </summary>
public sealed class SplitSpecTests
{
    [Fact]
    public async Task A_schema_from_another_file_is_sent_and_read_back()
    {
        await using var server = new EchoServer();
        var client = new PetstoreClient(new HttpClient { BaseAddress = server.BaseAddress });

        Pet stored = await client.CreatePetAsync(new Pet { Id = 7, Name = "Rex", Owner = new User { Id = 1, Email = "ann@example.com" } });

        Assert.Equal("""{"id":7,"name":"Rex","owner":{"id":1,"email":"ann@example.com"}}""", server.Bodies[0]);
        Assert.Equal("Rex", stored.Name);
        Assert.Equal("ann@example.com", stored.Owner!.Email);
    }

    [Fact]
    public async Task Schemas_that_refer_to_each_other_across_files_read_a_nested_reply()
    {
        await using var server = new EchoServer(_ => """{"id":1,"pets":[{"id":7,"name":"Rex","owner":{"id":1}}]}""");
        var client = new PetstoreClient(new HttpClient { BaseAddress = server.BaseAddress });

        User user = await client.GetUserAsync(1);

        Pet pet = Assert.Single(user.Pets!);
        Assert.Equal(7, pet.Id);
        Assert.Equal(1, pet.Owner!.Id);
    }
}
