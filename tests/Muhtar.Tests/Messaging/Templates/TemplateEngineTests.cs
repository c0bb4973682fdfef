using Muhtar.Messaging.Templates;

namespace Muhtar.Tests.Messaging.Templates;

/// <summary>Liquid rendering: customer fields, salutation, Turkish dates and money, safe limits, syntax errors with positions.</summary>
public sealed class TemplateEngineTests
{
    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    private readonly TemplateEngine _engine = new();

    [Fact]
    public async Task Customer_fields_salutation_custom_fields_business_and_variables_render()
    {
        var model = Model(new Dictionary<string, string> { ["randevu"] = "2026-11-24T11:30:00Z" });

        var text = await _engine.RenderAsync(
            "Merhaba {{ customer | salutation }}, {{ business.name }} olarak {{ randevu | tr_datetime }} randevunuzu hatırlatırız. "
            + "Numaranız {{ customer.shoe_size }}{{ customer.cf.ayakkabi_no }}, kartınız {{ customer.card_number }}, etiket: {{ customer.tags | join: ', ' }}.",
            model, html: false);

        Assert.Equal(
            "Merhaba Ahmet Bey, Berber Ali olarak 24 Kasım 2026 14:30 randevunuzu hatırlatırız. Numaranız 42, kartınız K-100, etiket: VIP.", text);
        Assert.Equal("Ahmet Bey", await _engine.RenderAsync("{{ salutation }}", model, html: false));
    }

    [Fact]
    public async Task Turkish_date_and_money_filters()
    {
        var model = Model(new Dictionary<string, string> { ["tutar"] = "123450", ["gun"] = "2026-12-31" });

        Assert.Equal("7 Mart 1985", await _engine.RenderAsync("{{ customer.birth_date | tr_date }}", model, html: false));
        Assert.Equal("07.03.1985", await _engine.RenderAsync("{{ customer.birth_date | tr_date: 'dd.MM.yyyy' }}", model, html: false));
        Assert.Equal("31 Aralık 2026", await _engine.RenderAsync("{{ gun | tr_date }}", model, html: false));
        Assert.Equal("1.234,50 ₺", await _engine.RenderAsync("{{ tutar | tr_money: 'kurus' }}", model, html: false));
        Assert.Equal("99,90 ₺", await _engine.RenderAsync("{{ 99.9 | tr_money }}", model, html: false));
    }

    [Fact]
    public async Task E_mail_bodies_encode_what_a_customer_typed()
    {
        var model = new TemplateModel(
            SalutationTests.Person("Ali", "<Veli> & Co", null), new Dictionary<string, object?>(), "X", null, Istanbul, DateTimeOffset.UtcNow);
        Assert.Equal("<p>Ali &lt;Veli&gt; &amp; Co</p>", await _engine.RenderAsync("<p>{{ salutation }}</p>", model, html: true));
        Assert.Equal("Ali <Veli> & Co", await _engine.RenderAsync("{{ salutation }}", model, html: false));
    }

    [Fact]
    public void A_syntax_error_names_its_line_and_column()
    {
        Assert.False(_engine.TryParse("Merhaba\n{% if customer.first_name %}Ahmet", out _, out var error));
        Assert.NotNull(error);
        Assert.Equal(2, error.Line);
        Assert.NotNull(error.Column);

        Assert.False(_engine.TryParse("Merhaba {{ customer.first_name ", out _, out var unclosed));
        Assert.Equal(1, unclosed!.Line);
    }

    [Fact]
    public async Task A_template_cannot_loop_forever_or_read_files()
    {
        var model = Model(null);
        await Assert.ThrowsAsync<TemplateRenderException>(() => _engine.RenderAsync(
            "{% for i in (1..999) %}{% for j in (1..999) %}{% for k in (1..999) %}x{% endfor %}{% endfor %}{% endfor %}", model, html: false));
        await Assert.ThrowsAsync<TemplateRenderException>(() =>
            _engine.RenderAsync("{% for i in (1..100000000) %}x{% endfor %}", model, html: false));
        Assert.False(_engine.TryParse("{% for i in (1..customer.cf.ayakkabi_no) %}x{% endfor %}", out _, out _));
        Assert.True(_engine.TryParse("{% for i in (1..3) %}x{% endfor %}", out _, out _));

        Assert.False(_engine.TryParse("a{% include '/etc/passwd' %}b", out _, out _));
        Assert.False(_engine.TryParse("a{% render 'secrets' %}b", out _, out _));
    }

    private static TemplateModel Model(IReadOnlyDictionary<string, string>? variables) =>
        new(SalutationTests.Person("AHMET", "YILMAZ", "male"), new Dictionary<string, object?> { ["ayakkabi_no"] = 42d, ["vip"] = true },
            "Berber Ali", variables, Istanbul, new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
}
