namespace GrainMarketing.FakePlatforms.Auth;

/// <summary>Why a code was or was not exchanged.</summary>
public enum Redemption
{
    Ok,
    UnknownOrUsed,
    Expired,
    WrongClient,
    WrongRedirect,
    VerifierMissing,
    VerifierMismatch,
}
