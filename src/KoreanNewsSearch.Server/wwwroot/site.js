// The page works without this file; it only adds keyboard and instant-apply conveniences.
"use strict";

document.addEventListener("keydown", (event) => {
    const target = event.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        const box = document.getElementById("q");
        box.focus();
        box.select();
    }
});

document.addEventListener("DOMContentLoaded", () => {
    const form = document.getElementById("search-form");
    for (const id of ["sort", "any"]) {
        const control = document.getElementById(id);
        if (form && control) {
            control.addEventListener("change", () => form.requestSubmit());
        }
    }
});
