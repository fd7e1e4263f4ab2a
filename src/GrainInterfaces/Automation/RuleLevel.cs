namespace GrainMarketing.Automation;

/// <summary>What a rule judges and acts on: each campaign, ad set, creative or demographic segment in its scope.</summary>
public enum RuleLevel
{
    Campaign,
    AdSet,
    Creative,
    Segment,
}
