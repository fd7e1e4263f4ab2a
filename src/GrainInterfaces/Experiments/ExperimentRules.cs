namespace GrainMarketing.Experiments;

/// <summary>What makes an experiment draft and a batch of observations valid.</summary>
/// <remarks>
/// The API host (to answer 400 before any grain call) and the grains (so no caller stores a bad one) use the
/// same rules; every broken rule is keyed by its JSON path. Whether a campaign variant exists is the API's check.
/// </remarks>
public static class ExperimentRules
{
    public const int MaxNameLength = 100;
    public const int MaxVariants = 10;
    public const int MaxVariantLength = 100;
    public const int MaxObservations = 10_000;

    /// <summary>How many batches' Idempotency-Keys an experiment remembers, so a retry of any of them is not counted twice.</summary>
    public const int RememberedBatches = 256;

    /// <summary>The largest value one observation may carry, so no sum of squares can overflow.</summary>
    public const decimal MaxValue = 1_000_000_000m;

    public static Dictionary<string, string[]> Validate(ExperimentDraft draft)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(draft.Name) || draft.Name.Length > MaxNameLength)
        {
            errors["name"] = [$"Required: 1 to {MaxNameLength} characters."];
        }

        ValidateVariants(draft.Variants, errors);
        if (!(draft.Alpha > 0 && draft.Alpha <= 0.5))
        {
            errors["alpha"] = ["Must be above 0 and at most 0.5 (0.05 for 95% confidence)."];
        }

        if (!(draft.Power > 0.5 && draft.Power < 1))
        {
            errors["power"] = ["Must be above 0.5 and below 1 (0.8 is usual)."];
        }

        if (!(draft.MinimumDetectableEffect > 0) || double.IsInfinity(draft.MinimumDetectableEffect))
        {
            errors["minimumDetectableEffect"] = ["Must be above 0: the smallest absolute difference worth finding, in the metric's units."];
        }

        ValidateScale(draft, errors);
        return errors;
    }

    private static void ValidateVariants(IReadOnlyList<string>? variants, Dictionary<string, string[]> errors)
    {
        if (variants is null || variants.Count < 2 || variants.Count > MaxVariants)
        {
            errors["variants"] = [$"Between 2 and {MaxVariants} variants; the first is the control."];
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < variants.Count; i++)
        {
            var variant = variants[i];
            if (string.IsNullOrWhiteSpace(variant) || variant.Length > MaxVariantLength || variant.Trim() != variant)
            {
                errors[$"variants[{i}]"] = [$"Required: 1 to {MaxVariantLength} characters, without leading or trailing spaces."];
            }
            else if (!seen.Add(variant))
            {
                errors[$"variants[{i}]"] = ["Listed twice."];
            }
        }
    }

    private static void ValidateScale(ExperimentDraft draft, Dictionary<string, string[]> errors)
    {
        if (draft.Metric.IsProportion())
        {
            if (draft.Baseline is not (> 0 and < 1))
            {
                errors["baseline"] = ["Required for a rate: the control's expected rate, above 0 and below 1 (0.02 for 2%)."];
            }
            else if (draft.MinimumDetectableEffect > 0 && draft.Baseline + draft.MinimumDetectableEffect >= 1 && draft.Baseline - draft.MinimumDetectableEffect <= 0)
            {
                errors["minimumDetectableEffect"] = ["Too large for the baseline: the rate it implies must stay between 0 and 1."];
            }
        }
        else if (draft.StandardDeviation is not > 0 || double.IsInfinity(draft.StandardDeviation.Value))
        {
            errors["standardDeviation"] = ["Required for cpa and roas: the expected standard deviation of one day's value, above 0."];
        }
    }

    /// <summary>Refusals for a batch: its size, each unknown variant and each value out of range (at most <paramref name="maxListed"/> named).</summary>
    public static Dictionary<string, string[]> ValidateObservations(IReadOnlyList<Observation>? observations, IReadOnlyCollection<string> variants, int maxListed = 100)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (observations is null || observations.Count == 0 || observations.Count > MaxObservations)
        {
            errors["observations"] = [$"Between 1 and {MaxObservations:N0} observations per request."];
            return errors;
        }

        for (var i = 0; i < observations.Count && errors.Count < maxListed; i++)
        {
            var observation = observations[i];
            if (observation.Variant is null || !variants.Contains(observation.Variant))
            {
                errors[$"observations[{i}].variant"] = [$"No variant '{observation.Variant}' in this experiment; its variants are {string.Join(", ", variants)}."];
            }

            if (Math.Abs(observation.Value) > MaxValue)
            {
                errors[$"observations[{i}].value"] = [$"Must be between -{MaxValue:N0} and {MaxValue:N0}."];
            }
        }

        return errors;
    }
}
