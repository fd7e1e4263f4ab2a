namespace GrainMarketing.ApiHost.Auth;

/// <param name="Password">12-128 characters.</param>
public sealed record RegisterRequest(string? Email, string? Password, string? DisplayName);

public sealed record LoginRequest(string? Email, string? Password);

/// <summary>An account as its owner sees it.</summary>
public sealed record AccountResponse(Guid Id, string Email, string DisplayName, DateTimeOffset CreatedAt);

public sealed record ForgotPasswordRequest(string? Email);

/// <param name="Token">From the reset email.</param>
public sealed record ResetPasswordRequest(string? Email, string? Token, string? NewPassword);
