using GrainMarketing.Automation;
using GrainMarketing.Errors;

namespace GrainMarketing.GrainTests.Automation;

[Collection(ClusterCollection.Name)]
public sealed class RuleBookGrainTests(ClusterFixture fixture)
{
    private static readonly RuleDefinition Rule = new(
        "  High CPA  ",
        [new RuleCondition(RuleMetric.Cpa, "24h", RuleComparator.GreaterThan, 40)],
        [new RuleAction(RuleActionType.Notify, Channels: ["ops"], Severity: AlertSeverity.Error)]);

    [Fact]
    public async Task ACreatedRuleIsStoredNormalisedAsVersionOne()
    {
        var book = NewBook();

        var created = await book.CreateAsync(Rule, "ana@example.com");

        Assert.Equal((1, "High CPA", "24h"), (created.Version, created.Definition.Name, created.Definition.Cooldown));
        Assert.Equal(fixture.Clock.GetUtcNow(), created.CreatedAt);
        Assert.Equal(Identity(created), Identity(await book.GetAsync(created.Id)));
        Assert.Equal([Identity(created)], (await book.ListAsync()).Select(Identity));
    }

    [Fact]
    public async Task EachChangeIsANewVersionAndAStaleExpectedVersionIsAConflict()
    {
        var book = NewBook();
        var created = await book.CreateAsync(Rule, "ana@example.com");

        var change = await book.UpdateAsync(created.Id, Rule with { Name = "Higher CPA" }, "bo@example.com", expectedVersion: 1);
        await Assert.ThrowsAsync<ConflictException>(() => book.UpdateAsync(created.Id, Rule with { Name = "Lost update" }, "cy@example.com", expectedVersion: 1));

        Assert.Equal((Identity(created), 2, "bo@example.com"), (Identity(change.Before!), change.After!.Version, change.After.UpdatedBy));
        Assert.Equal("High CPA", (await book.GetVersionAsync(created.Id, 1)).Definition.Name);
        Assert.Equal("Higher CPA", (await book.GetAsync(created.Id)).Definition.Name);
        Assert.Equal("ana@example.com", (await book.GetAsync(created.Id)).CreatedBy);
    }

    [Fact]
    public async Task OnlyTheNewestVersionsAreKept()
    {
        var book = NewBook();
        var created = await book.CreateAsync(Rule, "ana@example.com");
        for (var i = 0; i < RuleBookGrain.MaxVersions; i++)
        {
            await book.UpdateAsync(created.Id, Rule with { Name = $"v{i + 2}" }, "ana@example.com", expectedVersion: null);
        }

        await Assert.ThrowsAsync<NotFoundException>(() => book.GetVersionAsync(created.Id, 1));
        Assert.Equal("v2", (await book.GetVersionAsync(created.Id, 2)).Definition.Name);
        Assert.Equal(RuleBookGrain.MaxVersions + 1, (await book.GetAsync(created.Id)).Version);
    }

    [Fact]
    public async Task AnInvalidRuleIsRefusedByTheGrainTooAndADeletedRuleIsGone()
    {
        var book = NewBook();
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => book.CreateAsync(Rule with { Conditions = [] }, "ana@example.com"));
        Assert.Equal(["conditions"], invalid.Errors.Keys);
        Assert.Empty(await book.ListAsync());

        var created = await book.CreateAsync(Rule, "ana@example.com");
        var deleted = await book.DeleteAsync(created.Id);

        Assert.Equal(Identity(created), Identity(deleted.Before!));
        Assert.Null(deleted.After);
        await Assert.ThrowsAsync<NotFoundException>(() => book.GetAsync(created.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => book.DeleteAsync(created.Id));
    }

    /// <summary>What tells two copies of a version apart (records compare their lists by reference).</summary>
    private static (Guid, int, string?, DateTimeOffset) Identity(RuleDetails rule) => (rule.Id, rule.Version, rule.Definition.Name, rule.UpdatedAt);

    private IRuleBookGrain NewBook() => fixture.Client.GetGrain<IRuleBookGrain>($"rules-{Guid.NewGuid():N}");
}
