using GrainMarketing.ApiHost.Hosting;

namespace GrainMarketing.ApiHost.Connectors;

/// <summary>The body of <c>PUT .../connections/{id}/accounts</c>: the ids of the accounts to sync, out of those the connection lists.</summary>
public sealed record SelectAccountsRequest(IReadOnlyList<string>? AccountIds = null)
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

        errors.ThrowIfAny();
        return [.. AccountIds!.Distinct(StringComparer.Ordinal)];
    }
}
