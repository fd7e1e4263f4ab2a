using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Connectors;

namespace GrainMarketing.ApiHost.Connectors;

/// <summary>The body of <c>PUT .../connections/{id}/accounts</c>: the ids of the accounts to sync, out of those the connection lists.</summary>
/// <param name="BackfillDays">Days of history a newly selected account pulls, today included (1-730; default <c>Connectors:BackfillDays</c>, 90).</param>
public sealed record SelectAccountsRequest(IReadOnlyList<string>? AccountIds = null, int? BackfillDays = null)
{
    public const int MaxAccounts = 500;

    public IReadOnlyList<string> Read()
    {
        var errors = new ValidationErrors();
        if (AccountIds is null)
        {
            errors.Add("accountIds", "Required: the ids of the accounts to sync (an empty list syncs none).");
        }
        else if (AccountIds.Count > MaxAccounts)
        {
            errors.Add("accountIds", $"At most {MaxAccounts} accounts.");
        }

        if (BackfillDays is < 1 or > AccountSync.MaxBackfillDays)
        {
            errors.Add("backfillDays", $"Between 1 and {AccountSync.MaxBackfillDays} days.");
        }

        errors.ThrowIfAny();
        return [.. AccountIds!.Distinct(StringComparer.Ordinal)];
    }
}
