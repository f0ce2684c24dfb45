// Starts Swagger UI on the API explorer page (api.xhtml) with the product's own OpenAPI document. A script file, not an
// inline script: the Content-Security-Policy allows no inline code. "Authorize" takes an API token (Bearer) or a user's
// name and password (Basic); the screens' login session is never sent to the API.
(function () {
    function start() {
        var target = document.getElementById('swagger-ui');
        if (!target || !window.SwaggerUIBundle) {
            return;
        }
        window.ropaApiExplorer = window.SwaggerUIBundle({
            url: target.getAttribute('data-document'),
            domNode: target,
            presets: [window.SwaggerUIBundle.presets.apis],
            layout: 'BaseLayout',
            deepLinking: false,
            docExpansion: 'list',
            defaultModelsExpandDepth: 0,
            persistAuthorization: false,
            tryItOutEnabled: false,
            validatorUrl: null
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
