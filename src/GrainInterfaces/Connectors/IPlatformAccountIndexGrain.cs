using Orleans.Concurrency;

namespace GrainMarketing.Connectors;

/// <summary>Which connected account each of a tenant's campaigns on one platform belongs to (key <c>{tenant}/{platform}</c>), as the syncs found them.</summary>
public interface IPlatformAccountIndexGrain : IGrainWithStringKey
{
    /// <summary>Records that the account holds these campaigns (a campaign seen in another account moves there).</summary>
    Task RememberAsync(AccountRef account, IReadOnlyList<string> campaignIds);

    /// <summary>Forgets every campaign of the account (it was deselected or its connection removed).</summary>
    Task ForgetAsync(AccountRef account);

    /// <summary>The account the campaign was last pulled from, or null when no sync has seen it.</summary>
    [ReadOnly]
    Task<AccountRef?> FindAsync(string campaignId);

    /// <summary>The campaigns last pulled from the account: the ones its write-back grain looks after.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> CampaignsAsync(AccountRef account);
}
