namespace GrainMarketing.Connectors.WriteBack;

public enum WriteResult
{
    Confirmed,
    Failed,
    Wait,
    GrantRefused,
}
