using Microsoft.Extensions.Options;

namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>The seeded accounts of all four platforms; a reset builds them again from the seed.</summary>
public sealed class AccountBook(IOptions<FakeOptions> options)
{
    private IReadOnlyList<AdAccount> _accounts = Seeder.Build(options.Value);

    public IReadOnlyList<AdAccount> All => Volatile.Read(ref _accounts);

    public IEnumerable<AdAccount> Of(Platform platform) => All.Where(a => a.Platform == platform);

    public AdAccount? Find(Platform platform, string id) => All.FirstOrDefault(a => a.Platform == platform && a.Id == id);

    /// <summary>The account holding a campaign or ad set with this id.</summary>
    public AdAccount? Owning(Platform platform, string entityId) =>
        Of(platform).FirstOrDefault(a => a.FindCampaign(entityId) is not null || a.FindAdSet(entityId) is not null);

    public void Reset() => Volatile.Write(ref _accounts, Seeder.Build(options.Value));
}
