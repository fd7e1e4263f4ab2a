namespace GrainMarketing.Accounts;

/// <summary>Login lockout (configuration section <c>Accounts</c>).</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long a locked account refuses every login, right password included.</summary>
    public TimeSpan LockoutPeriod { get; set; } = TimeSpan.FromMinutes(15);
}
