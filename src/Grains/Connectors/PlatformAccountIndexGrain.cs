namespace GrainMarketing.Connectors;

/// <summary>A tenant's campaigns on one platform by the connected account they were pulled from; bounded by the campaigns the syncs saw.</summary>
[GrainType("platform-account-index")]
public sealed class PlatformAccountIndexGrain(
    [PersistentState("index", StorageNames.Default)] IPersistentState<Dictionary<string, AccountRef>> state) : Grain, IPlatformAccountIndexGrain
{
    public async Task RememberAsync(AccountRef account, IReadOnlyList<string> campaignIds)
    {
        var changed = false;
        foreach (var id in campaignIds)
        {
            if (state.State.GetValueOrDefault(id) != account)
            {
                state.State[id] = account;
                changed = true;
            }
        }

        if (changed)
        {
            await state.WriteStateAsync();
            // The account's write-back grain keeps a reminder for changes whose hint was lost: start it.
            var key = this.GetPrimaryKeyString();
            await GrainFactory.GetGrain<IAccountWriteBackGrain>(account.Key(key[..key.LastIndexOf('/')])).WatchAsync();
        }
    }

    public async Task ForgetAsync(AccountRef account)
    {
        var gone = state.State.Where(entry => entry.Value == account).Select(entry => entry.Key).ToList();
        gone.ForEach(id => state.State.Remove(id));
        if (gone.Count > 0)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<AccountRef?> FindAsync(string campaignId) => Task.FromResult(state.State.GetValueOrDefault(campaignId));

    public Task<IReadOnlyList<string>> CampaignsAsync(AccountRef account) =>
        Task.FromResult<IReadOnlyList<string>>([.. state.State.Where(entry => entry.Value == account).Select(entry => entry.Key).Order(StringComparer.Ordinal)]);
}
