using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Experiments;

namespace GrainMarketing.ApiHost.Experiments;

/// <summary>The body of <c>POST .../experiments/{id}/observations</c>: a batch of units, each with its variant, whether it converted, and its value.</summary>
public sealed record ObservationsRequest(IReadOnlyList<ObservationRequest?>? Observations = null)
{
    /// <summary>The batch, or a 400 naming the size or each observation without a variant or a converted flag.</summary>
    /// <remarks>Unknown variants are the experiment grain's check: only it knows the variants, and it refuses the batch whole.</remarks>
    public IReadOnlyList<Observation> Read()
    {
        var errors = new ValidationErrors();
        if (Observations is null || Observations.Count == 0 || Observations.Count > ExperimentRules.MaxObservations)
        {
            throw ValidationErrors.Refusal("observations", $"Between 1 and {ExperimentRules.MaxObservations:N0} observations per request.");
        }

        var read = new List<Observation>(Observations.Count);
        for (var i = 0; i < Observations.Count && !errors.IsFull; i++)
        {
            var observation = Observations[i];
            if (observation?.Variant is not { Length: > 0 } variant)
            {
                errors.Add($"observations[{i}].variant", "Required: the variant the unit was in.");
            }
            else if (observation.Converted is not { } converted)
            {
                errors.Add($"observations[{i}].converted", "Required: true when the unit converted.");
            }
            else
            {
                read.Add(new Observation(variant, converted, observation.Value ?? 0));
            }
        }

        errors.ThrowIfAny();
        return read;
    }
}
