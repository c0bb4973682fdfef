using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Localization;

namespace Muhtar.Platform.Identity;

/// <summary>Turns Identity's English error codes into a localised <see cref="RuleViolation"/> naming the field.</summary>
internal sealed class IdentityErrorTranslator(IStringLocalizer<SharedResource> l)
{
    public void ThrowIfFailed(IdentityResult result, string emailField)
    {
        if (result.Succeeded)
        {
            return;
        }

        var codes = result.Errors.Select(e => e.Code).ToList();
        if (codes.Any(c => c is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            throw new RuleViolation(emailField, l["Users.EmailInUse"], 409);
        }

        if (codes.Any(c => c is nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName)))
        {
            throw new RuleViolation(emailField, l["Users.EmailInvalid"]);
        }

        if (codes.Any(c => c.StartsWith("Password", StringComparison.Ordinal)))
        {
            throw new RuleViolation("password", WeakPassword);
        }

        throw new InvalidOperationException("Identity refused the change: " + string.Join(", ", codes));
    }

    public string WeakPassword => l["Users.PasswordWeak", PasswordRules.MinimumLength];

    /// <summary>Checks a password before anything is written, so a weak one never leaves half a sign-up behind.</summary>
    public async Task CheckPasswordAsync(UserManager<AppUser> users, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            throw new RuleViolation("password", WeakPassword);
        }

        foreach (var validator in users.PasswordValidators)
        {
            ThrowIfFailed(await validator.ValidateAsync(users, user, password), "email");
        }
    }
}
