using System.Globalization;
using System.Net;
using System.Text.Json;
using GrainMarketing.Connectors.Platforms;

namespace GrainMarketing.Connectors.WriteBack;

/// <summary>
/// Meta: <c>POST /{version}/{campaign_or_adset_id}</c> with <c>status=ACTIVE|PAUSED</c> or <c>daily_budget</c> in the
/// currency's offset units, then <c>GET /{version}/{id}?fields=status,daily_budget</c> to confirm.
/// </summary>
/// <remarks>
/// Errors: code 190 (and 102) end the grant; 4, 17, 32, 613 and 80000-80008 are throttling, waited out for as long as
/// the usage headers say (<c>estimated_time_to_regain_access</c> in minutes, <c>reset_time_duration</c> in seconds),
/// at least <see cref="MinimumWait"/>. Meta's limit of 4 budget changes an hour per ad set is kept before sending
/// (<see cref="Limited"/>); it is applied to campaign budgets too, unsure whether Meta counts those.
/// </remarks>
public sealed class MetaWriter(HttpClient http, PlatformEndpoints endpoints) : IPlatformWriter
{
    public static readonly TimeSpan MinimumWait = TimeSpan.FromMinutes(1);

    public string Describe(PlatformChange change) => change.Active is { } active
        ? $"POST {change.EntityId} status={(active ? "ACTIVE" : "PAUSED")}"
        : $"POST {change.EntityId} daily_budget={PlatformMoney.MetaMinor(change.Budget!.Value, change.Currency).ToString(CultureInfo.InvariantCulture)}";

    public bool Limited(PlatformChange change) => change.Budget is not null;

    public async Task<WriteOutcome> PushAsync(PlatformChange change, string accessToken, CancellationToken cancellation)
    {
        var node = PlatformHttp.Join(endpoints.ApiBaseUrl!, $"{endpoints.ApiVersion}/{change.EntityId}");
        var request = change.Active is { } active
            ? PlatformHttp.PostForm(node, ("status", active ? "ACTIVE" : "PAUSED"))
            : PlatformHttp.PostForm(node, ("daily_budget", PlatformMoney.MetaMinor(change.Budget!.Value, change.Currency).ToString(CultureInfo.InvariantCulture)));
        request.Headers.Authorization = new("Bearer", accessToken);
        var sent = await PlatformAnswer.SendAsync(http, request, cancellation);
        if (Refusal(sent) is { } refusal)
        {
            return refusal;
        }

        var read = await PlatformAnswer.SendAsync(http, PlatformHttp.Get(PlatformHttp.With(node, ("fields", "status,daily_budget")), accessToken), cancellation);
        if (Refusal(read) is { } unread)
        {
            return unread;
        }

        var (status, budget) = (PlatformAnswer.Text(PlatformAnswer.At(read.Body, "status")), PlatformAnswer.Text(PlatformAnswer.At(read.Body, "daily_budget")));
        return change.Active is { } wanted
            ? status == (wanted ? "ACTIVE" : "PAUSED") ? WriteOutcome.Confirmed : WriteOutcome.Failed($"Meta accepted the change but reads back status {status}.")
            : budget == PlatformMoney.MetaMinor(change.Budget!.Value, change.Currency).ToString(CultureInfo.InvariantCulture)
                ? WriteOutcome.Confirmed
                : WriteOutcome.Failed($"Meta accepted the change but reads back daily_budget {budget}.");
    }

    /// <summary>Null for a success; otherwise what the error means for the change.</summary>
    private static WriteOutcome? Refusal(PlatformAnswer answer)
    {
        var error = PlatformAnswer.At(answer.Body, "error");
        if (answer.Ok && error.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        var message = PlatformAnswer.Text(PlatformAnswer.At(error, "message")) ?? $"Meta answered {(int)answer.Status}.";
        var code = int.TryParse(PlatformAnswer.Text(PlatformAnswer.At(error, "code")), NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : 0;
        return code switch
        {
            190 or 102 => WriteOutcome.Refused(message),
            4 or 17 or 32 or 613 or (>= 80000 and <= 80008) => WriteOutcome.Later(Wait(answer), message),
            _ when answer.Status == HttpStatusCode.Unauthorized => WriteOutcome.Refused(message),
            _ when (int)answer.Status >= 500 => WriteOutcome.Later(MinimumWait, message),
            _ => WriteOutcome.Failed(message),
        };
    }

    /// <summary>The longest wait any usage header names, and at least <see cref="MinimumWait"/>.</summary>
    private static TimeSpan Wait(PlatformAnswer answer)
    {
        var wait = MinimumWait;
        if (answer.Headers.TryGetValues("x-business-use-case-usage", out var business) && Parse(business.First()) is { ValueKind: JsonValueKind.Object } byId)
        {
            foreach (var usages in byId.EnumerateObject().Where(u => u.Value.ValueKind == JsonValueKind.Array))
            {
                foreach (var usage in usages.Value.EnumerateArray())
                {
                    if (PlatformAnswer.At(usage, "estimated_time_to_regain_access") is { ValueKind: JsonValueKind.Number } minutes)
                    {
                        wait = Max(wait, TimeSpan.FromMinutes(minutes.GetDouble()));
                    }
                }
            }
        }

        if (answer.Headers.TryGetValues("x-ad-account-usage", out var account)
            && PlatformAnswer.At(Parse(account.First()), "reset_time_duration") is { ValueKind: JsonValueKind.Number } seconds)
        {
            wait = Max(wait, TimeSpan.FromSeconds(seconds.GetDouble()));
        }

        return wait;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static JsonElement Parse(string json)
    {
        try
        {
            var parsed = JsonDocument.Parse(json).RootElement.Clone();
            return parsed.ValueKind == JsonValueKind.Object ? parsed : default;
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
