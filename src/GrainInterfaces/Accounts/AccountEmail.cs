using System.Net.Mail;

namespace GrainMarketing.Accounts;

/// <summary>Email addresses as account keys: trimmed and lower-cased, so one person has one account.</summary>
public static class AccountEmail
{
    public const int MaxLength = 254;

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    /// <summary>An address with one @, a domain with a dot, no display name, at most 254 characters.</summary>
    public static bool IsValid(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Trim().Length > MaxLength)
        {
            return false;
        }

        var trimmed = email.Trim();
        return MailAddress.TryCreate(trimmed, out var address)
            && address.Address == trimmed
            && address.Host.Contains('.', StringComparison.Ordinal);
    }
}
