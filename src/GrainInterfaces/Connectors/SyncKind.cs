namespace GrainMarketing.Connectors;

/// <summary>Why a pull ran.</summary>
public enum SyncKind
{
    /// <summary>A chunk of the history asked for when the account was selected.</summary>
    Backfill,

    /// <summary>Today so far, every <c>Connectors:Interval</c>.</summary>
    Intraday,

    /// <summary>The daily re-pull of the platform's restatement window.</summary>
    Restatement,
}
