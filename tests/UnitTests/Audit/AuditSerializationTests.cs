using System.Text.Json;
using GrainMarketing.Audit;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace GrainMarketing.UnitTests.Audit;

/// <summary>The audit messages through the Orleans serializer, as they cross between the API host and the silo.</summary>
public sealed class AuditSerializationTests : IDisposable
{
    private const string Before = """{"displayName":"Caf\u00e9 \"Nord\"","budget":1234.50,"big":9007199254740993,"tags":["a",null,true],"nested":{"empty":{}}}""";
    private const string After = """[1,"two",{"three":3.0}]""";

    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSerializer(serializer => serializer.AddAssembly(typeof(AuditEntry).Assembly))
        .BuildServiceProvider();

    private Serializer Serializer => _services.GetRequiredService<Serializer>();

    [Fact]
    public void AnEntryKeepsEveryFieldAndItsJsonTextExactly()
    {
        var entry = Entry(JsonElement.Parse(Before), JsonElement.Parse(After));

        var copy = RoundTrip(entry);

        Assert.Equal(Before, copy.Before!.Value.GetRawText());
        Assert.Equal(After, copy.After!.Value.GetRawText());
        Assert.Equal(1234.50m, copy.Before.Value.GetProperty("budget").GetDecimal());
        Assert.Equal(entry with { Before = null, After = null }, copy with { Before = null, After = null });
    }

    [Fact]
    public void AbsentBeforeAndAfterStayNull()
    {
        var copy = RoundTrip(Entry(null, null));

        Assert.Null(copy.Before);
        Assert.Null(copy.After);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("0")]
    [InlineData("false")]
    public void JsonScalarsTravelToo(string json)
    {
        var copy = RoundTrip(Entry(JsonElement.Parse(json), null));

        Assert.Equal(json, copy.Before!.Value.GetRawText());
    }

    [Fact]
    public void APageKeepsItsRecordsInOrderAndItsCursor()
    {
        var page = new AuditPage([new AuditRecord(7, Entry(JsonElement.Parse(Before), null)), new AuditRecord(3, Entry(null, JsonElement.Parse(After)))], 3);

        var copy = RoundTrip(page);

        Assert.Equal([7L, 3L], copy.Items.Select(i => i.Id));
        Assert.Equal(3L, copy.Next);
        Assert.Equal(Before, copy.Items[0].Entry.Before!.Value.GetRawText());
        Assert.Equal(After, copy.Items[1].Entry.After!.Value.GetRawText());
    }

    [Fact]
    public void AQueryKeepsEveryFilter()
    {
        var query = new AuditQuery("acme")
        {
            Action = "member.",
            Actor = "ana@example.com",
            Target = "bo@example.com",
            From = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            To = new DateTimeOffset(2026, 11, 23, 10, 30, 0, TimeSpan.FromHours(1)),
            Limit = 7,
            Before = 9007199254740993,
        };

        Assert.Equal(query, RoundTrip(query));
        Assert.Equal(new AuditQuery("acme"), RoundTrip(new AuditQuery("acme")));
    }

    public void Dispose() => _services.Dispose();

    private T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;

    private static AuditEntry Entry(JsonElement? before, JsonElement? after) =>
        new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, 125, TimeSpan.Zero), "tenant.updated", "ana@example.com", "acme", "acme",
            before, after, "127.0.0.1", "tests");
}
