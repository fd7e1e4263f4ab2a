namespace GrainMarketing.Tenants;

/// <summary>Which cached fact an <see cref="AccessChange"/> is about.</summary>
public enum AccessChangeKind
{
    /// <summary>A membership: <see cref="AccessChange.Subject"/> is the email.</summary>
    Member = 1,

    /// <summary>An API key: the subject is the key id.</summary>
    Key = 2,

    /// <summary>A login ended: the subject is the session (refresh-token family) id; the tenant is empty.</summary>
    Session = 3,
}
