namespace GrainMarketing.Bench;

/// <summary>How the report names each <see cref="Question"/>.</summary>
internal static class QuestionNames
{
    public static readonly Question[] All = Enum.GetValues<Question>();

    public static string Describe(this Question question) => question switch
    {
        Question.CampaignSummary => "campaign summary, window today",
        Question.Breakdown => "campaign breakdown by age,gender, window 7d",
        Question.TenantSummary => "tenant summary, window 7d",
        _ => throw new ArgumentOutOfRangeException(nameof(question)),
    };
}
