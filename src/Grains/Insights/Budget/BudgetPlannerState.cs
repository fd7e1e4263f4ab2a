namespace GrainMarketing.Insights.Budget;

/// <summary>A tenant's recent proposals (at most <see cref="MaxKept"/>, expired ones dropped) and which campaigns of each were applied.</summary>
[GenerateSerializer, Alias("GrainMarketing.Insights.Budget.BudgetPlannerState")]
public sealed class BudgetPlannerState
{
    public const int MaxKept = 20;

    [Id(0)] public List<BudgetProposal> Proposals { get; set; } = [];

    /// <summary>By proposal id, the campaigns whose budget was set.</summary>
    [Id(1)] public Dictionary<Guid, HashSet<string>> Applied { get; set; } = [];

    /// <summary>Keeps <paramref name="proposal"/>, dropping expired proposals and then the oldest past <see cref="MaxKept"/>.</summary>
    public void Keep(BudgetProposal proposal, DateTimeOffset now)
    {
        Proposals.RemoveAll(p => p.ExpiresAt <= now);
        Proposals.Add(proposal);
        if (Proposals.Count > MaxKept)
        {
            Proposals.RemoveRange(0, Proposals.Count - MaxKept);
        }

        foreach (var gone in Applied.Keys.Where(id => Proposals.All(p => p.Id != id)).ToList())
        {
            Applied.Remove(gone);
        }
    }
}
