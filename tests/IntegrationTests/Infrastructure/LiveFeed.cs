using System.Text.Json;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>Reads the tenant's live feed (<c>/live</c>, server-sent events).</summary>
public static class LiveFeed
{
    /// <summary>Reads server-sent events up to the next "update" and returns its data.</summary>
    public static async Task<JsonElement> NextUpdateAsync(StreamReader events, CancellationToken cancellationToken)
    {
        var isUpdate = false;
        while (await events.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line == "event: update")
            {
                isUpdate = true;
            }
            else if (isUpdate && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
        }

        throw new EndOfStreamException("the live feed ended");
    }
}
