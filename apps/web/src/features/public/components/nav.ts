// The public site's header entries, in the guide's order.
export const PUBLIC_NAV = [
  { key: 'home', to: '/' },
  { key: 'about', to: '/a-propos' },
  { key: 'services', to: '/nos-services' },
  { key: 'training', to: '/nos-formations' },
  { key: 'news', to: '/actualites' },
  { key: 'support', to: '/assistance' },
] as const;
