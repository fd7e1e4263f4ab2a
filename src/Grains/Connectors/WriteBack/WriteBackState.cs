namespace GrainMarketing.Connectors.WriteBack;

/// <summary>What an account's write-back grain keeps: the budget changes of the last hour per entity, for the platform's limit.</summary>
[GenerateSerializer, Alias("GrainMarketing.Connectors.WriteBackState")]
public sealed class WriteBackState
{
    /// <summary>When each entity's budget was last sent, within the limit's period.</summary>
    [Id(0)] public Dictionary<string, List<DateTimeOffset>> BudgetChanges { get; set; } = [];
}
