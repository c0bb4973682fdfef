using Muhtar.Abstractions.Consent;

namespace Muhtar.Customers.Import;

/// <summary>Job: the dry run of an import.</summary>
internal sealed record ImportDryRunTask(Guid ImportId);

/// <summary>Job: (the next slice of) an import run; it resumes from the import's checkpoint.</summary>
internal sealed record ImportRunTask(Guid ImportId);

/// <summary>Job: consent decisions read from one committed batch, handed to the consent ledger (at least once).</summary>
internal sealed record ImportConsentTask(Guid ImportId, IReadOnlyList<ConsentDecision> Decisions);
