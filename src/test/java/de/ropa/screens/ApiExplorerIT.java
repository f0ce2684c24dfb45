package de.ropa.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Browser;
import de.ropa.testing.Http;
import de.ropa.testing.RegisterClient;
import de.ropa.testing.TestAccounts;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API explorer in a real browser under the product's Content-Security-Policy: reached from the header, it shows
 * the API's operations from /ropa/openapi, takes an API token under "Authorize" and runs an operation with it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiExplorerIT {

    @ArquillianResource
    URL base;

    @Test
    void aLoggedInUserExploresTheApiAndRunsAnOperationWithAToken() throws Exception {
        URI uri = base.toURI();
        Http admin = TestAccounts.admin(uri);
        long orgId = new RegisterClient(TestAccounts.editor(admin)).organisation("Explorer GmbH " + System.nanoTime());
        String integration = "explorer-crm-" + orgId;
        TestAccounts.ensureUser(admin, integration, "[\"INTEGRATION\"]", "[" + orgId + "]");
        long userId = TestAccounts.userId(admin, integration);
        String token = admin.post("api/v1/admin/tokens", "{\"userId\":" + userId + ",\"name\":\"Explorer\",\"validDays\":1}")
                .json().getString("token");
        String dpo = "explorer-dpo-" + orgId;
        TestAccounts.ensureUser(admin, dpo, "[\"DPO\"]", "[" + orgId + "]");

        try (Browser browser = Browser.open(uri, "de")) {
            browser.login(dpo, TestAccounts.PASSWORD);
            browser.click("userForm:apiExplorer");
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
            WebElement listOrganisations;
            try {
                listOrganisations = wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.id("operations-Organisations-listOrganisations")));
            } catch (org.openqa.selenium.TimeoutException notShown) {
                browser.screenshot("api-explorer-failed");
                browser.assertNoJavaScriptErrors();
                throw notShown;
            }
            assertTrue(browser.pageText().contains("ROPA Messenger Register API"), browser.pageText());
            browser.screenshot("api-explorer-top");
            assertTrue(browser.pageText().contains("API-Explorer"), "German around the explorer: " + browser.pageText());

            browser.driver().findElement(By.cssSelector(".auth-wrapper .authorize")).click();
            WebElement bearer = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//div[contains(@class,'auth-container')][.//h4[contains(.,'bearerAuth')]]//input")));
            bearer.sendKeys(token);
            bearer.findElement(By.xpath("ancestor::form//button[contains(@class,'authorize')]")).click();
            browser.driver().findElement(By.cssSelector(".auth-btn-wrapper .btn-done")).click();

            listOrganisations.findElement(By.cssSelector(".opblock-summary-control")).click();
            wait.until(ExpectedConditions.elementToBeClickable(listOrganisations.findElement(By.cssSelector(".try-out__btn")))).click();
            listOrganisations.findElement(By.cssSelector(".execute")).click();
            WebElement status = wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(listOrganisations,
                    By.cssSelector(".live-responses-table tbody .response-col_status"))).get(0);
            assertEquals("200", status.getText().trim(), "the operation ran with the token");
            assertTrue(listOrganisations.getText().contains("Explorer GmbH"), "the token's organisation in the answer");
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", status);
            browser.screenshot("api-explorer");

            browser.click("languageForm:lang-en");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-Organisations-listOrganisations")));
            assertEquals("API explorer", browser.driver().findElement(By.tagName("h1")).getText());
            assertTrue(browser.pageText().contains("logging in to the screens does not count for the interface"),
                    "the page around the explorer follows the language: " + browser.pageText());
            browser.screenshot("api-explorer-en");
            browser.assertNoJavaScriptErrors();
        }
    }
}
