using System.Globalization;
using GrainMarketing.Connectors.Platforms;

namespace GrainMarketing.Connectors.WriteBack;

/// <summary>
/// Meta: <c>POST /{version}/{campaign_or_adset_id}</c> with <c>status=ACTIVE|PAUSED</c> or <c>daily_budget</c> in the
/// currency's offset units, then <c>GET /{version}/{id}?fields=status,daily_budget</c> to confirm.
/// </summary>
/// <remarks>
/// Errors are read by <see cref="MetaError"/>. Meta's limit of 4 budget changes an hour per ad set is kept before sending
/// (<see cref="Limited"/>); it is applied to campaign budgets too, unsure whether Meta counts those.
/// </remarks>
public sealed class MetaWriter(HttpClient http, PlatformEndpoints endpoints) : IPlatformWriter
{
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
        if (MetaError.Classify(sent) is { } error)
        {
            return WriteOutcome.For(error);
        }

        var read = await PlatformAnswer.SendAsync(http, PlatformHttp.Get(PlatformHttp.With(node, ("fields", "status,daily_budget")), accessToken), cancellation);
        if (MetaError.Classify(read) is { } unread)
        {
            return WriteOutcome.For(unread);
        }

        var (status, budget) = (PlatformHttp.Text(read.Body, "status"), PlatformHttp.Text(read.Body, "daily_budget"));
        return change.Active is { } wanted
            ? status == (wanted ? "ACTIVE" : "PAUSED") ? WriteOutcome.Confirmed : WriteOutcome.Failed($"Meta accepted the change but reads back status {status}.")
            : budget == PlatformMoney.MetaMinor(change.Budget!.Value, change.Currency).ToString(CultureInfo.InvariantCulture)
                ? WriteOutcome.Confirmed
                : WriteOutcome.Failed($"Meta accepted the change but reads back daily_budget {budget}.");
    }
}
