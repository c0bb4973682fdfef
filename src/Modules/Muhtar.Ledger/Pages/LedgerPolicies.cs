using Muhtar.Platform.Identity;

namespace Muhtar.Ledger.Pages;

/// <summary>The policy the credit-book pages use; the same permission the API checks.</summary>
internal static class LedgerPolicies
{
    public const string Write = Permissions.PolicyPrefix + Permissions.CreditBook;

    public const string Configure = Permissions.PolicyPrefix + Permissions.CreditBookConfigure;
}
