namespace Muhtar.Platform.Identity;

/// <summary>
/// What a password must be: at least 8 characters with a lower-case letter and a digit. Long passphrases
/// are welcome; forced symbols and capitals only make people write passwords down.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 8;
}
