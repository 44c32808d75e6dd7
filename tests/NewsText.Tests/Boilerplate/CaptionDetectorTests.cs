using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

public sealed class CaptionDetectorTests
{
    [Theory]
    [InlineData("The mayor speaks to reporters outside the town hall after the vote, October 31, 2019. (Jane Doe/Reuters)")]
    [InlineData("A relief map of the northern plains, seen from orbit. (NASA/JPL-Caltech/ASU)")]
    [InlineData("Gulls circle the fishing fleet as it returns to the harbor at dawn. ( JOHN SMITH/SCIENCE PHOTO LIBRARY)")]
    [InlineData("The two founders at the opening of the plant. (Photos by Ann Lee, left, and Tom Berg/Wire/AP).")]
    public void A_caption_that_closes_with_its_photographer_and_agency_is_a_caption(string block) =>
        Assert.True(CaptionDetector.IsCaption(block));

    [Theory]
    [InlineData("Get the password manager for free (upgrade to the premium plan for $4.99/mo)")]
    [InlineData("The results were published on Tuesday (11/20/19).")]
    [InlineData("Applicants may send their forms by post or by email (and/or fax).")]
    [InlineData("The council will meet again next week to vote on the final plan (see the agenda).")]
    [InlineData("You are commenting using your account. ( Logout / Change )")]
    [InlineData("The band played its old hits (Jane Doe/Reuters) and then left the stage to loud applause from the crowd.")]
    public void A_paragraph_with_a_slash_or_a_bracket_of_another_kind_is_not(string block) =>
        Assert.False(CaptionDetector.IsCaption(block));

    [Theory]
    [InlineData("Competitors at the chilli eating contest at a restaurant on the Royal Mile, Edinburgh\u00a0Photo: DEADLINE")]
    [InlineData("Rescue workers search the rubble of the station on Monday morning. Photo: Jane Doe/Reuters")]
    [InlineData("The harbour at dawn, seen from the lighthouse Image: Harbour Media Group")]
    public void A_caption_that_closes_with_a_labelled_credit_is_a_caption(string block) =>
        Assert.True(CaptionDetector.IsCaption(block));

    [Theory]
    [InlineData("Photos: Floods Hit the City")]
    [InlineData("She showed them the photo: A selfie with the mayor.")]
    [InlineData("He described the image: Nothing but smoke and ash over the harbour and the hills behind it")]
    [InlineData("The exhibition's last room holds one thing, a Photo: Untitled Number Four Hundred and Twelve of the Series")]
    public void A_line_whose_colon_opens_no_credit_is_not(string block) =>
        Assert.False(CaptionDetector.IsCaption(block));

    [Theory]
    [InlineData("Image 1 of 13")]
    [InlineData("Photo 2 of 5")]
    [InlineData("SLIDE 3 OF 10")]
    [InlineData("4 of 12")]
    public void A_slideshows_frame_counter_is_a_caption(string block) =>
        Assert.True(CaptionDetector.IsCaption(block));

    [Theory]
    [InlineData("Image of the week")]
    [InlineData("Photographers 2 of whom were hurt")]
    [InlineData("Photo essay: one of the last ferries")]
    public void A_line_that_only_opens_with_a_slide_word_is_not_a_counter(string block) =>
        Assert.False(CaptionDetector.IsCaption(block));

    [Theory]
    [InlineData("[Verizon FiOS TV iPad app]")]
    [InlineData("[Tapie en 2008. REUTERS/Benoit Tessier]")]
    public void An_image_a_text_browser_shows_as_its_description_in_brackets_is_a_caption(string block) =>
        Assert.True(CaptionDetector.IsCaption(block));

    [Theory]
    [InlineData("[12]Home")]
    [InlineData("[1] Smith J. Alarm fatigue.")]
    [InlineData("[Updated] The council met again [on Tuesday]")]
    [InlineData("[]")]
    public void A_line_that_only_opens_or_closes_with_a_bracket_is_not_an_image(string block) =>
        Assert.False(CaptionDetector.IsCaption(block));

    [Theory]
    [InlineData("The mayor in 2008. REUTERS/Jane Doe")]
    [InlineData("The road to the harbor is a long one.Ann Lee/Getty Images")]
    [InlineData("Fishing boats in the bay at dawn. Tom Berg/AFP.")]
    [InlineData("The mayor speaks at the harbor on Monday. AP Photo/Jane Doe")]
    [InlineData("Gulls over the fleet at dawn. Ann Lee/Bloomberg/Getty Images")]
    public void A_caption_that_closes_with_an_agency_and_a_photographer_joined_by_a_slash_is_a_caption(string block) =>
        Assert.True(CaptionDetector.EndsWithAgencyCredit(block));

    [Theory]
    [InlineData("News/Opinion")]
    [InlineData("Real Estate/Rentals")]
    [InlineData("The shop is open 24/7")]
    [InlineData("The network runs on TCP/IP")]
    [InlineData("The exhibition's last room: Photo/Video")]
    [InlineData("Stories from the wires: Reuters/AP 2019")]
    public void A_slash_that_joins_no_agency_to_a_name_is_no_credit(string block) =>
        Assert.False(CaptionDetector.EndsWithAgencyCredit(block));
}
