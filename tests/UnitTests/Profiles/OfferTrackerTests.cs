using GrainMarketing.Offers;
using GrainMarketing.Profiles;
using GrainMarketing.UnitTests.Campaigns;
using Microsoft.Extensions.Time.Testing;

namespace GrainMarketing.UnitTests.Profiles;

/// <summary>The profile's offer campaigns: a target store that records its calls shows when targeting is read and which outcomes are written.</summary>
public sealed class OfferTrackerTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly UserKey Ana = new("acme", "ana");
    private readonly TestState<UserProfileState> _state = new(new UserProfileState { User = Ana });
    private readonly FakeTimeProvider _clock = new(Start.AddDays(1));
    private readonly RecordingTargetStore _targets = new();
    private readonly OfferTracker _tracker;
    private ActiveCampaigns _active = new(1, [Campaign("vip")]);
    private int _stateChanges;

    public OfferTrackerTests()
    {
        _targets.Targeting.Add(new CampaignTargeting("vip", false, "lyon"));
        _tracker = new OfferTracker(_state, _clock, _ => Task.FromResult(_active), _targets, () => _stateChanges++);
    }

    [Fact]
    public async Task AnsweringTheOffersCountsNoDeliveryAndWritesNoOutcome()
    {
        var offers = await _tracker.GetOffersAsync();
        var again = await _tracker.GetOffersAsync();

        Assert.Equal(["vip"], offers.Select(offer => offer.Campaign));
        Assert.Equal(["vip"], again.Select(offer => offer.Campaign));
        Assert.Empty(_targets.Outcomes);
        Assert.Empty(_state.State.Offers);
    }

    [Fact]
    public async Task ACustomerWithoutEventsSeesNoOffersAndNothingIsRead()
    {
        var stranger = new OfferTracker(new TestState<UserProfileState>(new UserProfileState()), _clock, _ => Task.FromResult(_active), _targets, () => _stateChanges++);

        Assert.Empty(await stranger.GetOffersAsync());
        Assert.Equal(0, _targets.TargetingReads);
    }

    [Fact]
    public async Task TargetingIsReadAgainOnlyWhenTheActiveCampaignsChange()
    {
        await _tracker.TrackAsync([Purchase(10)], []);
        await _tracker.TrackAsync([Purchase(20)], []);
        Assert.Equal(1, _targets.TargetingReads);

        _active = new ActiveCampaigns(2, [Campaign("vip")]);
        await _tracker.TrackAsync([Purchase(30)], []);

        Assert.Equal(2, _targets.TargetingReads);
        Assert.Equal(2, _state.State.TargetingVersion);
    }

    [Fact]
    public async Task APurchaseInATargetingCampaignsWindowIsRecordedAsItsAbsoluteOutcome()
    {
        await _tracker.TrackAsync([Purchase(10)], []);
        await _tracker.TrackAsync([Purchase(15)], []);

        Assert.Equal([(1, 10m), (2, 25m)], _targets.Outcomes.Select(outcome => (outcome.Purchases, outcome.Revenue)));
        Assert.True(_stateChanges >= 2);
    }

    [Fact]
    public async Task AnEngagementWithACampaignThatDoesNotTargetTheCustomerRecordsNothing()
    {
        await _tracker.TrackAsync([], ["other"]);

        Assert.Empty(_targets.Outcomes);
    }

    [Fact]
    public async Task OnlyActiveCampaignsAreKeptFromTheTargeting()
    {
        _targets.Targeting.Add(new CampaignTargeting("ended", false, null));

        await _tracker.TrackAsync([Purchase(10)], []);

        Assert.Equal(["vip"], _state.State.Targets.Keys);
    }

    [Fact]
    public async Task NothingCountedReadsAndRecordsNothing()
    {
        await _tracker.TrackAsync([], []);

        Assert.Equal(0, _targets.TargetingReads);
        Assert.Equal(0, _stateChanges);
    }

    private Transaction Purchase(decimal amount) => new(Guid.NewGuid().ToString(), amount, "EUR", _clock.GetUtcNow());

    private static OfferCampaign Campaign(string id) => new(
        id, new OfferCampaignDraft(id, OfferCampaignType.Custom, new TargetCriteria([BehaviorPattern.Frequent]), new Offer(OfferKind.PercentOff, 10), 30, 0.1),
        OfferCampaignStatus.Active, OfferCampaignOrigin.Manual, "ana@example.com", Start, Start, Start, Start.AddDays(30), 10, 1, null, "none", null, 1);

    private sealed class RecordingTargetStore : ICampaignTargetStore
    {
        public List<CampaignTargeting> Targeting { get; } = [];

        public List<TargetOutcome> Outcomes { get; } = [];

        public int TargetingReads { get; private set; }

        public Task<IReadOnlyList<CampaignTargeting>> GetTargetingAsync(string tenant, string userId, CancellationToken cancellationToken)
        {
            TargetingReads++;
            return Task.FromResult<IReadOnlyList<CampaignTargeting>>([.. Targeting]);
        }

        public Task RecordOutcomesAsync(IReadOnlyList<TargetOutcome> outcomes, CancellationToken cancellationToken)
        {
            Outcomes.AddRange(outcomes);
            return Task.CompletedTask;
        }

        public Task<TargetList> BuildAsync(string tenant, string campaign, TargetSelection selection, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task DeleteAsync(string tenant, IReadOnlyCollection<string> campaigns, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyDictionary<string, TargetSums>> GetSumsAsync(string tenant, IReadOnlyCollection<string> campaigns, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
