using PulseticGen.Client.Tests.Infrastructure;
using UnionsApi;

namespace PulseticGen.Client.Tests;

/// <summary>
/// The union shapes of Specs/unions.openapi.yaml, sent by the generated client to a loopback server that echoes the
/// body (or answers with JSON of its own): each shape is written as the API expects and read back as the same
/// alternative.
/// </summary>
public sealed class UnionRoundTripTests
{
    [Fact]
    public async Task A_discriminated_union_with_a_mapping_round_trips_each_alternative()
    {
        await using var server = new EchoServer();
        var client = CreateClient(server);

        Envelope cat = await client.EchoAsync(new Envelope { Pet = new Cat { PetType = "cat", Lives = 9 } });
        Envelope dog = await client.EchoAsync(new Envelope { Pet = new Dog { PetType = "dog", Good = true } });

        Assert.Equal(9, cat.Pet!.Cat!.Lives);
        Assert.Null(cat.Pet.Dog);
        Assert.True(dog.Pet!.Dog!.Good);
        Assert.Null(dog.Pet.Cat);
        Assert.Equal("""{"pet":{"pet_type":"cat","lives":9}}""", server.Bodies[0]);
    }

    [Fact]
    public async Task Without_a_mapping_each_alternative_is_chosen_by_the_tag_value_it_declares()
    {
        // Both alternatives fit any object with a number, so only the tag can tell them apart.
        await using var server = new EchoServer(_ => """{"shape":{"kind":"square","side":2,"radius":1}}""");
        var client = CreateClient(server);

        Envelope reply = await client.EchoAsync(new Envelope { Shape = new Circle { Kind = CircleKind.Circle, Radius = 1.5 } });

        Assert.Equal("""{"shape":{"kind":"circle","radius":1.5}}""", server.Bodies[0]);
        Assert.Null(reply.Shape!.Circle);
        Assert.Equal(2, reply.Shape.Square!.Side);
    }

    [Theory]
    [InlineData("""{"contact":{"address":"+44 20 7946 0000","country":"GB"}}""", "phone")]
    [InlineData("""{"contact":{"address":"ops@example.com"}}""", "email")]
    public async Task Without_a_discriminator_the_alternative_whose_required_properties_are_present_is_chosen(string json, string expected)
    {
        await using var server = new EchoServer(_ => json);
        var client = CreateClient(server);

        Envelope reply = await client.EchoAsync(new Envelope());

        // EmailContact also reads a phone contact (it only requires address): the more demanding alternative is tried first.
        Assert.Equal(expected == "phone", reply.Contact!.PhoneContact is not null);
        Assert.Equal(expected == "email", reply.Contact.EmailContact is not null);
    }

    [Fact]
    public async Task A_union_of_a_scalar_and_an_object_round_trips_both()
    {
        await using var server = new EchoServer();
        var client = CreateClient(server);

        Envelope text = await client.EchoAsync(new Envelope { Setting = "unlimited" });
        Envelope limits = await client.EchoAsync(new Envelope { Setting = new Limits { Max = 10 } });

        Assert.Equal("unlimited", text.Setting!.String);
        Assert.Equal(10, limits.Setting!.Limits!.Max);
        Assert.Equal("""{"setting":"unlimited"}""", server.Bodies[0]);
        Assert.Equal("""{"setting":{"max":10}}""", server.Bodies[1]);
    }

    [Fact]
    public async Task A_kind_the_client_does_not_know_is_kept_as_raw_json_and_written_back_unchanged()
    {
        const string Bird = """{"pet":{"pet_type":"bird","wingspan":0.3}}""";
        await using var server = new EchoServer(body => body.Length > 2 ? body : Bird);
        var client = CreateClient(server);

        Envelope received = await client.EchoAsync(new Envelope());
        Assert.Null(received.Pet!.Cat);
        Assert.Null(received.Pet.Dog);
        Assert.Equal("bird", received.Pet.Unknown!.Value.GetProperty("pet_type").GetString());

        await client.EchoAsync(received);
        Assert.Equal(Bird, server.Bodies[1]);
    }

    [Fact]
    public async Task Titled_constants_are_an_enum_and_a_boolean_sent_as_text_is_a_bool()
    {
        await using var server = new EchoServer(_ => """{"level":5,"flag":"true"}""");
        var client = CreateClient(server);

        Envelope reply = await client.EchoAsync(new Envelope { Level = Level.Low, Flag = false });

        Assert.Equal("""{"level":1,"flag":false}""", server.Bodies[0]);
        Assert.Equal(Level.High, reply.Level);
        Assert.True(reply.Level!.Value.IsKnown);
        Assert.True(reply.Flag);
    }

    [Fact]
    public async Task Required_property_alternatives_on_an_object_leave_the_object_as_the_type()
    {
        await using var server = new EchoServer();
        var client = CreateClient(server);

        Envelope reply = await client.EchoAsync(new Envelope { Batch = new Batch { Ids = ["a", "b"] } });

        Assert.Equal(["a", "b"], reply.Batch!.Ids!);
        Assert.Null(reply.Batch.Names);
        Assert.Equal("""{"batch":{"ids":["a","b"]}}""", server.Bodies[0]);
    }

    private static UnionsClient CreateClient(EchoServer server) =>
        new(new HttpClient { BaseAddress = server.BaseAddress });
}
