import type { MetadataRoute } from "next";

/** The installable web app (PWA). Chinese first, like the portal; the icons are committed files in public/icons. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "警民通 · 河南公安互联网+政务服务",
    short_name: "警民通",
    description: "河南省公安机关互联网政务服务平台：户籍、交管、出入境、案件查询等公安业务网上办理。",
    lang: "zh-CN",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "any",
    background_color: "#f4f6fa",
    theme_color: "#0a3d91",
    categories: ["government", "utilities"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
